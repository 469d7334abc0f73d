// Reminder settings: on or off, the daily time, quiet hours and the daily limit (the six-monthly check-up
// has its own heading on the settings page).
// Each change is saved at once, like the language picker.
import { t } from '@/lib/i18n';
import type { Settings } from '@/core/model';

type Reminders = Settings['reminders'];

interface Props {
  value: Reminders;
  onChange: (change: Partial<Reminders>) => void;
}

const CAPS = [1, 2, 3, 4, 5];
const isClock = (text: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

function TimeField({
  id,
  label,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  describedBy?: string;
}) {
  return (
    <div>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        aria-describedby={describedBy}
        // A cleared or half-typed field is not saved: the stored time always stays valid.
        onChange={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          if (isClock(next)) onChange(next);
        }}
      />
    </div>
  );
}

export function ReminderForm({ value, onChange }: Props) {
  return (
    <div>
      <label class="inline">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ enabled: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('settings.reminders.enabled')}
      </label>
      <p class="muted small">{value.enabled ? t('settings.reminders.enabledHelp') : t('settings.reminders.off')}</p>
      <fieldset disabled={!value.enabled} style={{ border: 'none', padding: 0, margin: 0 }}>
        <TimeField id="reminder-time" label={t('settings.reminders.time')} value={value.time} onChange={(time) => onChange({ time })} />
        <div class="row">
          <TimeField
            id="quiet-start"
            label={t('settings.reminders.quietStart')}
            value={value.quietStart}
            describedBy="quiet-help"
            onChange={(quietStart) => onChange({ quietStart })}
          />
          <TimeField
            id="quiet-end"
            label={t('settings.reminders.quietEnd')}
            value={value.quietEnd}
            describedBy="quiet-help"
            onChange={(quietEnd) => onChange({ quietEnd })}
          />
        </div>
        <p id="quiet-help" class="muted small">
          {t('settings.reminders.quietHelp')}
        </p>
        <div>
          <label for="daily-cap">{t('settings.reminders.cap')}</label>
          <select
            id="daily-cap"
            value={String(value.dailyCap)}
            onChange={(e) => onChange({ dailyCap: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {CAPS.map((cap) => (
              <option key={cap} value={String(cap)}>
                {cap}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </div>
  );
}
