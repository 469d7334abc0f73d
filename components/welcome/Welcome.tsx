// The first-run page, opened in a tab on install: language and region right here, then the two paths.
import '../next/next.css';
import type { Settings } from '@/core/model';
import { routes } from '@/core/routes';
import { t } from '@/lib/i18n';
import { LanguagePicker } from '../LanguagePicker';
import { RegionPicker } from '../settings/RegionPicker';

interface Props {
  settings: Settings;
  onLanguage: (language: Settings['language']) => void;
  onRegion: (region: Settings['region']) => void;
}

export function Welcome({ settings, onLanguage, onRegion }: Props) {
  return (
    <div class="welcome">
      <p>{t('welcome.intro')}</p>
      <section aria-labelledby="welcome-settings" class="card">
        <h2 id="welcome-settings">{t('welcome.settings')}</h2>
        <LanguagePicker value={settings.language} onChange={onLanguage} />
        <RegionPicker value={settings.region} onChange={onRegion} />
        <p class="muted small">{t('welcome.settingsHelp')}</p>
      </section>
      <section aria-labelledby="welcome-paths">
        <h2 id="welcome-paths">{t('welcome.paths')}</h2>
        <div class="welcome-paths">
          <a class="card welcome-path" href={routes.accounts}>
            <strong>{t('welcome.ready')}</strong>
            <span class="small">{t('welcome.readyHelp')}</span>
          </a>
          <a class="card welcome-path" href={routes.newLeak}>
            <strong>{t('welcome.leaked')}</strong>
            <span class="small">{t('welcome.leakedHelp')}</span>
          </a>
        </div>
      </section>
    </div>
  );
}
