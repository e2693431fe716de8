import { render } from 'preact';
import '../../../core/ui/styles.css';
import { language, setLanguage } from '../../../core/ui/i18n-state.ts';
import { ConfirmPage } from '../../lib/confirm/ConfirmPage.tsx';
import { sendOrThrow } from '../../lib/protocol.ts';
import { loadSettings } from '../../lib/settings-store.ts';

// Havencode's own window for a change a site's page asked for: the page can
// neither see nor click anything here.
const id = new URLSearchParams(location.search).get('id') ?? '';
setLanguage((await loadSettings()).language ?? navigator.languages);
document.documentElement.lang = language.peek();
const question = await sendOrThrow('confirm:get', { id });
// The background waits for the answer: keep it awake while the user reads.
setInterval(() => void sendOrThrow('confirm:get', { id }), 10_000);
render(
  <ConfirmPage
    question={question ?? undefined}
    onAnswer={(yes, choice) =>
      void sendOrThrow('confirm:answer', {
        id,
        yes,
        ...(choice === undefined ? {} : { choice }),
      }).then(() => window.close())
    }
  />,
  document.getElementById('app')!,
);
