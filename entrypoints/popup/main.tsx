import './popup.css';
import { readCurrentPopupView } from '@/lib/popup-start';
import { prefetchMessages } from '@/lib/i18n';
import { mountQuick } from './quick';

const container = document.getElementById('app')!;
const isWebsite = (url: string | undefined) => Boolean(url && /^https?:/i.test(url));

async function start() {
  const view = await readCurrentPopupView();
  // Without a ready-made view the full popup draws from the whole dictionary: most users keep the browser's
  // language, whose messages load while the rest does.
  if (!view) prefetchMessages();
  let full: Promise<void> | undefined;
  const mountFullOnce = () => (full ??= import('./full').then(({ mountFull }) => mountFull(container)));
  if (view) {
    await mountQuick(view, container, () => void mountFullOnce());
    // The browser paints before the rest starts loading.
    await new Promise((resolve) => setTimeout(resolve));
  }
  // After the first paint: the code that is not needed for it.
  const [{ sendMessage }, { currentTabUrl }] = await Promise.all([import('@/lib/messages'), import('@/lib/tabs')]);
  // Opening the popup grants activeTab: the background can now read this tab's address for its badge.
  sendMessage('refresh', {}).catch(() => undefined);
  const tab = await currentTabUrl().catch(() => ({ url: undefined }));
  // No current ready-made view (just installed, or the data changed a moment ago), or a website in the tab,
  // whose own part needs the whole state: the full popup, computed here, takes over.
  if (!view || isWebsite(tab.url)) await mountFullOnce();
}

void start();
