// The "Settings" page, in three groups a person looks for: language and region, reminders, the check-up.
// Each change is saved at once.
import { t } from '@/lib/i18n';
import type { AppState, Settings } from '@/core/model';
import { LanguagePicker } from '../LanguagePicker';
import { RegionPicker } from './RegionPicker';
import { ReminderSettings } from './ReminderSettings';

interface Props {
  state: AppState;
  onChange: (change: (settings: Settings) => Settings) => void;
}

export function SettingsPage({ state, onChange }: Props) {
  const reminders = state.settings.reminders;
  return (
    <div class="settings">
      <section>
        <h2 id="settings-language">{t('settingsPage.languageTitle')}</h2>
        <LanguagePicker value={state.settings.language} onChange={(language) => onChange((s) => ({ ...s, language }))} />
        <RegionPicker value={state.settings.region} onChange={(region) => onChange((s) => ({ ...s, region }))} />
      </section>
      <ReminderSettings state={state} />
      <section>
        <h2 id="settings-checkup">{t('settingsPage.checkupTitle')}</h2>
        <label class="inline">
          <input
            type="checkbox"
            checked={reminders.checkup}
            disabled={!reminders.enabled}
            aria-describedby="checkup-why"
            onChange={(e) => {
              // Read now: the change is applied later, under the settings lock, when the event is gone.
              const checkup = (e.currentTarget as HTMLInputElement).checked;
              onChange((s) => ({ ...s, reminders: { ...s.reminders, checkup } }));
            }}
          />
          {t('settings.reminders.checkup')}
        </label>
        <p id="checkup-why" class="muted small">
          {t('settings.reminders.checkupWhy')}
          {!reminders.enabled && <> {t('settingsPage.checkupNeedsReminders')}</>}
        </p>
      </section>
    </div>
  );
}
