import { t } from '@/lib/i18n';
import { REGIONS, type Settings } from '@/core/model';

type Choice = Settings['region'];

export function RegionPicker({ value, onChange }: { value: Choice; onChange: (choice: Choice) => void }) {
  return (
    <div>
      <label for="region-picker">{t('regionSetting.label')}</label>
      <select
        id="region-picker"
        value={value}
        aria-describedby="region-help"
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Choice)}
      >
        <option value="auto">{t('regionSetting.auto')}</option>
        {REGIONS.map((region) => (
          <option key={region} value={region}>
            {t(`leak.region.${region}`)}
          </option>
        ))}
      </select>
      <p id="region-help" class="muted small">
        {t('regionSetting.help')}
      </p>
    </div>
  );
}
