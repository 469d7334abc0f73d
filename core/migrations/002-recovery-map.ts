// Version 2 adds the recovery map and the suspicious-contact log, all as optional fields: an account's
// `recovery` (the mailboxes and phone labels that can reset it, its second factor), an incident's
// `leakedPhones` / `leakedMailboxes`, and a piece of evidence's `knew` / `scamId`. Version-1 records fit
// as they are, so nothing is rewritten; the version mark matters the other way round: a build that only
// knows version 1 refuses storage or a backup from this one instead of dropping the map when it writes.
import type { Migration } from './index';

export const m002RecoveryMap: Migration = () => ({ set: {}, remove: [] });
