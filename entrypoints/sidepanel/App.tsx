import { t } from '@/lib/i18n';

export function App() {
  return (
    <main class="page">
      <h1>{t('sidepanel.title')}</h1>
      <p>{t('sidepanel.pick')}</p>
    </main>
  );
}
