// The sync toggle, what travels and what does not, and how the last sync went.
import { formatDateTime } from '@/core/format';
import type { SyncStatus } from '@/lib/sync';
import { currentLanguage, t } from '@/lib/i18n';

interface Props {
  enabled: boolean;
  status: SyncStatus | undefined;
  onChange: (enabled: boolean) => void;
}

export function SyncSettings({ enabled, status, onChange }: Props) {
  return (
    <section aria-labelledby="backup-sync">
      <h2 id="backup-sync">{t('backup.sync.title')}</h2>
      <label class="inline">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby="backup-sync-help"
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('backup.sync.toggle')}
      </label>
      <p id="backup-sync-help" class="muted small">
        {t('backup.sync.help')}
      </p>
      {enabled && status && (
        <div class="small">
          <p>
            {status.lastSync ? t('backup.sync.last', { time: formatDateTime(status.lastSync, currentLanguage()) }) : t('backup.sync.never')}
          </p>
          {status.skipped > 0 && <p>{t('backup.sync.skipped', status.skipped)}</p>}
          {status.withheld > 0 && <p>{t('safeKeeping.syncWithheld', status.withheld)}</p>}
          {status.error && <p class="notice warn">{t(`backup.sync.${status.error}`)}</p>}
        </div>
      )}
    </section>
  );
}
