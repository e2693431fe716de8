import '../../../core/ui/styles.css';
import { readSettledPolicy, watchKioskPolicy } from '../../lib/kiosk-policy.ts';
import { startKioskPopup } from './kiosk-popup.tsx';

const policy = await readSettledPolicy();
// Policies arrive a little after the browser starts, and an administrator may change them.
watchKioskPolicy(() => location.reload());
const root = document.getElementById('app')!;
// Kiosk mode's lock screen is loaded with the page (most of it is what the personal
// popup needs too); the vault's code comes only once it is needed.
if (policy.kiosk) await startKioskPopup(policy, root);
else await (await import('./personal-popup.tsx')).startPersonalPopup(policy, root);
