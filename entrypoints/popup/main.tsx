import '@/components/theme.css';
import { readCurrentPopupView } from '@/lib/popup-start';
import { sendMessage } from '@/lib/messages';
import { currentTabUrl } from '@/lib/tabs';
import { mountQuick } from './quick';

const container = document.getElementById('app')!;
const isWebsite = (url: string | undefined) => Boolean(url && /^https?:/i.test(url));

async function start() {
  // Opening the popup grants activeTab: the background can now read this tab's address for its badge.
  sendMessage('refresh', {}).catch(() => undefined);
  const [view, tab] = await Promise.all([readCurrentPopupView(), currentTabUrl().catch(() => ({ url: undefined }))]);
  if (view) await mountQuick(view, container);
  // No current ready-made view (just installed, or the data changed a moment ago), or a website in the tab,
  // whose own part needs the whole state: the full popup, computed here, takes over.
  if (!view || isWebsite(tab.url)) {
    const { mountFull } = await import('./full');
    await mountFull(container);
  }
}

void start();
