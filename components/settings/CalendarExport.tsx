// The .ics download of the dated tasks, for people who keep their life in a calendar app.
import { t } from '@/lib/i18n';

export function CalendarExport({ count, onDownload }: { count: number; onDownload: () => void }) {
  return (
    <fieldset>
      <legend>{t('settings.calendar.legend')}</legend>
      <p class="muted small">{t('settings.calendar.help')}</p>
      {count > 0 ? (
        <button type="button" onClick={onDownload}>
          {t('settings.calendar.download')}
        </button>
      ) : (
        <p>{t('settings.calendar.empty')}</p>
      )}
    </fieldset>
  );
}
