// Records that point at other records: a step at its account, a task and a piece of evidence at their
// incident, an incident at the accounts it affected. A pointer that leads nowhere is NOT refused: storage can
// hold one (an account deleted while a snooze for its step was landing, a deletion from another browser), and
// the user's own export must always import. Such records are kept, exactly as the device had them.
import { parseKey } from '../keys';
import type { Incident } from '../model';
import type { BackupProblem, Records } from './format';
import { formatPath } from './json-scan';

/** What no version of AfterLeak writes: an incident that lists the same account twice. */
export function referenceProblems(records: Records): BackupProblem[] {
  const problems: BackupProblem[] = [];
  for (const [key, value] of Object.entries(records)) {
    if (parseKey(key)?.kind !== 'incident') continue;
    const seen = new Set<string>();
    (value as Incident).accountIds.forEach((id, index) => {
      if (seen.has(id)) problems.push({ code: 'duplicateId', field: formatPath(['records', key, 'accountIds', index]), detail: id });
      seen.add(id);
    });
  }
  return problems;
}
