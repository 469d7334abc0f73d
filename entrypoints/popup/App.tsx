import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';

export function App() {
  const state = useAppState();
  const openDashboard = (hash = '') => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    window.close();
  };
  return (
    <main class="page">
      <h1>{t('popup.title')}</h1>
      {state.accounts.length === 0 && <p>{t('popup.nothingYet')}</p>}
      <div class="row">
        <button type="button" class="primary" onClick={() => openDashboard('#/leak/new')}>{t('common.hadLeak')}</button>
        <button type="button" onClick={() => openDashboard()}>{t('common.openDashboard')}</button>
      </div>
    </main>
  );
}
