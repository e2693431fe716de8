/**
 * Havencode's few words on a site's page: a button next to the code field
 * and a yes/no question. They live in a closed shadow root so the page's CSS
 * can't restyle them and its scripts can't read or click into them.
 */

const STYLE = `
  :host { all: initial; }
  .box { position: fixed; z-index: 2147483647; font: 600 15px system-ui, sans-serif;
    background: #0b3d5c; color: #fff; border-radius: 8px; padding: 6px; box-shadow: 0 2px 8px #0006;
    display: flex; gap: 6px; align-items: center; max-width: 360px; }
  p { margin: 0 6px; }
  button { font: inherit; min-height: 40px; padding: 4px 12px; border-radius: 6px; border: 2px solid #fff;
    background: #fff; color: #0b3d5c; cursor: pointer; }
  button.secondary { background: transparent; color: #fff; }
  button:focus-visible { outline: 3px solid #ffbf47; }
`;

/** A mounted piece of inline UI; `remove()` takes it off the page. */
export interface InlineUi {
  remove: () => void;
  /** Moves the keyboard focus to the first button. */
  focus: () => void;
}

function mount(anchor: Element, build: (box: HTMLDivElement) => void): InlineUi {
  const host = document.createElement('havencode-inline');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  build(box);
  root.append(style, box);
  const place = () => {
    const rect = anchor.getBoundingClientRect();
    box.style.top = `${Math.min(rect.bottom + 4, window.innerHeight - 56)}px`;
    box.style.left = `${Math.max(4, rect.left)}px`;
  };
  place();
  window.addEventListener('scroll', place, true);
  window.addEventListener('resize', place);
  document.documentElement.append(host);
  return {
    focus: () => box.querySelector('button')?.focus(),
    remove: () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      host.remove();
    },
  };
}

function button(label: string, onClick: () => void, secondary = false): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (secondary) element.className = 'secondary';
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return element;
}

/** A single button below `anchor`, e.g. 'Vul code in' or 'Toevoegen aan Havencode'. */
export function showInlineButton(anchor: Element, label: string, onClick: () => void): InlineUi {
  return mount(anchor, (box) => box.append(button(label, onClick)));
}

/** A short message below `anchor` that goes away by itself. */
export function showInlineNote(anchor: Element, text: string, ms = 4000): void {
  const ui = mount(anchor, (box) => {
    const p = document.createElement('p');
    p.setAttribute('role', 'status');
    p.textContent = text;
    box.append(p);
  });
  setTimeout(ui.remove, ms);
}

/** Asks a yes/no question below `anchor`; resolves to the answer. */
export function askInline(
  anchor: Element,
  question: string,
  yes: string,
  no: string,
): Promise<boolean> {
  return new Promise((resolve) => {
    const ui = mount(anchor, (box) => {
      const p = document.createElement('p');
      p.textContent = question;
      box.setAttribute('role', 'alertdialog');
      const answer = (value: boolean) => () => {
        ui.remove();
        resolve(value);
      };
      box.append(p, button(yes, answer(true)), button(no, answer(false), true));
    });
    // A question takes the focus, so Enter answers it and a screen reader reads it.
    ui.focus();
  });
}
