// Dashboard → Recovery map (#/map): the picture, what it points out, and the same facts as a list.
import { t } from '@/lib/i18n';
import type { AppState } from '@/core/model';
import { buildRecoveryMap } from '@/core/recovery/map';
import { CATALOGUE } from '@/data/catalogue';
import { RecoveryPicture } from './RecoveryPicture';
import { RecoveryList } from './RecoveryList';
import { RecoveryNotices } from './RecoveryNotices';
import './recovery.css';

export function RecoveryMapPage({ state, now = Date.now() }: { state: AppState; now?: number }) {
  const map = buildRecoveryMap(state, CATALOGUE, now);
  return (
    <div class="recovery-map">
      <p class="muted">{t('recovery.map.intro')}</p>
      {map.hubs.length === 0 ? (
        <p class="notice">{t('recovery.map.empty')}</p>
      ) : (
        <>
          <div class="row no-print">
            <button type="button" onClick={() => print()}>
              {t('recovery.map.print')}
            </button>
          </div>
          <RecoveryNotices map={map} />
          <figure>
            <RecoveryPicture hubs={map.hubs} />
            <figcaption class="muted small">{t('recovery.map.legend')}</figcaption>
          </figure>
          <RecoveryList hubs={map.hubs} />
        </>
      )}
      {map.hubs.length === 0 && <RecoveryNotices map={map} />}
    </div>
  );
}
