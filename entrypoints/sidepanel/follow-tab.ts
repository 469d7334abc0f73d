// The side panel following the active tab, once the user granted the optional "tabs" permission: loaded only
// then, since most people pick their account by hand (issue 13: the panel's first paint stays light).
import type { Account } from '@/core/model';
import { accountsForUrl } from '@/core/sites';
import { sites } from '@/data/catalogue';
import { currentTabUrl, openInTab, watchActiveTab } from '@/lib/tabs';

export { openInTab };

/** The account of the page in the active tab, if the user has one there. */
export const accountOnTab = (url: string | undefined, accounts: readonly Account[]) =>
  url ? accountsForUrl(url, accounts, sites())[0]?.id : undefined;

/** Tells each address the active tab shows, now and on every change; returns how to stop. */
export function watchTabUrl(onUrl: (url: string | undefined) => void): () => void {
  const read = () => void currentTabUrl().then((tab) => onUrl(tab.url));
  read();
  return watchActiveTab(read);
}
