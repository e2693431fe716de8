import { render } from 'preact';
import '../../../core/ui/styles.css';
import './options.css';
import { setLanguage, t } from '../../../core/ui/i18n-state.ts';
import { openExtensionPort } from '../../lib/extension-port.ts';
import { readSettledPolicy } from '../../lib/kiosk-policy.ts';
import { OptionsApp } from '../../lib/options/OptionsApp.tsx';

const root = document.getElementById('app')!;
const policy = await readSettledPolicy();
if (policy.kiosk) {
  // On a shared PC the administrator's policy is the settings: no personal vault to tune here.
  setLanguage(navigator.languages);
  render(<p class="panel">{t('options.kiosk')}</p>, root);
} else {
  render(<OptionsApp port={await openExtensionPort(policy)} />, root);
}
