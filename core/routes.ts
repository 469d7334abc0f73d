// The dashboard's addresses (options.html#/...), defined once (issue 17): the dashboard's own links, the
// popup's buttons and the notifications that open it all build them here, and useHashRoute reads them back.
export const DASHBOARD_PAGE = '/options.html';

const guidedAt = (position?: string) => (position ? `/${encodeURIComponent(position)}` : '');

export const routes = {
  /** The overview: the dashboard with no route. */
  overview: '',
  /** A top-level section of the dashboard (accounts, leak, evidence, settings, backup...). */
  section: (id: string) => `#/${id}`,
  accounts: '#/accounts',
  account: (accountId: string) => `#/accounts/${accountId}`,
  /** The account's page with its details form open (after a one-click add). */
  editAccount: (accountId: string) => `#/accounts/${accountId}/edit`,
  leaks: '#/leak',
  newLeak: '#/leak/new',
  leak: (incidentId: string) => `#/leak/${incidentId}`,
  editLeak: (incidentId: string) => `#/leak/${incidentId}/edit`,
  /** The first-run page, opened in a tab on install. */
  welcome: '#/welcome',
  /** "Money already gone, or a scam call right now?": the region's immediate actions. */
  emergency: '#/emergency',
  /** A leak's plan one step at a time, at a task (or, without one, where the user left off). */
  leakGuided: (incidentId: string, position?: string) => `#/leak/${incidentId}/guided${guidedAt(position)}`,
  /** An account's guide one step at a time, at a step (or where the user left off). */
  accountGuided: (accountId: string, position?: string) => `#/accounts/${accountId}/guided${guidedAt(position)}`,
};

/** "#/leak/<id>" -> ["leak", "<id>"]; "" or "#/" -> []. */
export const parseRoute = (hash: string): string[] => hash.replace(/^#\/?/, '').split('/').filter(Boolean);
