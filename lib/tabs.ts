// The tab the user is looking at. Its address is readable only where the user allowed it: activeTab (they
// clicked our toolbar button) or the optional "tabs" permission (granted from the side panel, lib/permissions.ts).
import { browser } from 'wxt/browser';

export async function currentTabUrl(): Promise<{ url?: string; tabId?: number; windowId?: number }> {
  const self = await browser.tabs.getCurrent();
  let tab;
  if (self) {
    // Opened as a tab (or a pinned side page): the page the user came from is the other most recent tab.
    const tabs = await browser.tabs.query({ windowId: self.windowId });
    tab = tabs.filter((other) => other.id !== self.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  } else {
    [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  }
  return { url: tab?.url, tabId: tab?.id, windowId: tab?.windowId };
}

/** Opens the side panel (Chrome) or sidebar (Firefox). Must run inside the click that asked for it. */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: { open: (o: { windowId: number }) => Promise<void> } } }).chrome?.sidePanel;
  if (chromePanel && windowId !== undefined) return chromePanel.open({ windowId });
  const sidebar = (browser as unknown as { sidebarAction?: { open: () => Promise<void> } }).sidebarAction;
  return sidebar ? sidebar.open() : Promise.resolve();
}

export function openInTab(url: string, replaceCurrent: boolean) {
  return replaceCurrent ? browser.tabs.update({ url }) : browser.tabs.create({ url });
}

/** Calls back when the active tab or its address changes (needs the "tabs" permission). */
export function watchActiveTab(onChange: () => void): () => void {
  const activated = () => onChange();
  const updated = (_id: number, info: { url?: string; status?: string }) => {
    if (info.url || info.status === 'complete') onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
