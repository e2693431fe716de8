/**
 * The busy C-point page both autofill benchmarks load: about 10 000 nodes and
 * a script step that mutates it the way a live page does (added subtrees,
 * class and style changes, removals), then the code form appears.
 */

const SECTIONS = 100;
const ROWS_PER_SECTION = 25; // 4 elements a row: 10 000 nodes

/** Mutation steps a stream runs before the form appears. */
export const STREAM_STEPS = 200;

/** C-point's code form, as the demo site renders it. */
export const CODE_FORM =
  '<label for="otp">Verificatiecode</label><input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" maxlength="6"><button>Verzenden</button>';

/** The 10 000 nodes: SECTIONS sections of rows, each `<section id="sN">`. */
export function busySections(): string {
  const row = (i: number) =>
    `<div class="row r${i}"><p>Regel ${i} <span>tekst</span> <a href="#">link</a></p></div>`;
  const rows = Array.from({ length: ROWS_PER_SECTION }, (_, i) => row(i)).join('');
  return Array.from({ length: SECTIONS }, (_, s) => `<section id="s${s}">${rows}</section>`).join(
    '',
  );
}

/** Page script: one step of the stream, given `sections` and `step` in scope. */
export const MUTATION_STEP = `
    for (let k = 0; k < 5; k++) {
      const s = sections[(step * 7 + k * 13) % sections.length];
      const row = document.createElement('div');
      row.className = 'row new';
      row.innerHTML = '<p>Nieuw <span>' + step + '</span></p>';
      s.append(row);
      s.children[k].classList.toggle('active');
      s.children[k + 1].style.color = step % 2 ? 'red' : 'blue';
      if (s.children.length > 30) s.firstElementChild.remove();
    }`;
