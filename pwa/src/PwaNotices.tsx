import { useState } from 'preact/hooks';
import { t } from '../../core/ui/i18n-state.ts';
import { isIosBrowserTab } from './ios-hint.ts';
import { installUpdate, updateReady } from './service-worker.ts';

const IOS_HINT_KEY = 'havencode.iosHintClosed';

/** The PWA's own notices: a new version is ready; on iOS, add the app to the home screen. */
export function PwaNotices() {
  const [updating, setUpdating] = useState(false);
  const [iosHint, setIosHint] = useState(
    () => isIosBrowserTab() && localStorage.getItem(IOS_HINT_KEY) === null,
  );
  return (
    <>
      {updateReady.value && (
        <div class="notice" role="status">
          <p>{t('pwa.updateReady')}</p>
          <button
            type="button"
            class="primary"
            disabled={updating}
            aria-busy={updating}
            onClick={() => {
              setUpdating(true);
              installUpdate();
            }}
          >
            {t('pwa.update')}
          </button>
        </div>
      )}
      {iosHint && (
        <div class="notice" role="note">
          <p>{t('pwa.iosInstall')}</p>
          <button
            type="button"
            onClick={() => {
              localStorage.setItem(IOS_HINT_KEY, '1');
              setIosHint(false);
            }}
          >
            {t('common.close')}
          </button>
        </div>
      )}
    </>
  );
}
