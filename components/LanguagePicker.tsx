import { t } from '@/lib/i18n';
import type { Settings } from '@/core/model';
import { htmlLang } from '@/core/language';

type Choice = Settings['language'];

export function LanguagePicker({ value, onChange }: { value: Choice; onChange: (choice: Choice) => void }) {
  return (
    <div>
      <label for="language-picker">{t('language.label')}</label>
      <select id="language-picker" value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Choice)}>
        <option value="auto">{t('language.auto')}</option>
        <option value="en" lang="en">
          {t('language.en')}
        </option>
        <option value="zh_CN" lang={htmlLang('zh_CN')}>
          {t('language.zh_CN')}
        </option>
      </select>
    </div>
  );
}
