// Records that point at other records: a step at its account, a task and a piece of evidence at their
// incident, an incident at the accounts it affected. A backup whose pointers lead nowhere is damaged.
import { parseKey } from '../keys';
import type { Account, Evidence, Incident } from '../model';
import type { BackupProblem, Records } from './format';
import { formatPath } from './json-scan';

/**
 * Checks the pointers of `records` (valid ones) against every key in `present`: a record that is there but
 * broken has its own problem, and its dependants need not be reported again.
 */
export function referenceProblems(records: Records, present: Records = records): BackupProblem[] {
  const accounts = new Set<string>();
  const incidents = new Set<string>();
  for (const key of Object.keys(present)) {
    const parsed = parseKey(key);
    if (parsed?.kind === 'account') accounts.add(parsed.ids[0]!);
    if (parsed?.kind === 'incident') incidents.add(parsed.ids[0]!);
  }
  const problems: BackupProblem[] = [];
  for (const [key, value] of Object.entries(records)) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    const [owner = ''] = parsed.ids;
    if (parsed.kind === 'step' && !accounts.has(owner)) problems.push({ code: 'danglingAccount', field: formatPath(['records', key]), detail: owner });
    if (parsed.kind === 'task' && !incidents.has(owner)) problems.push({ code: 'danglingIncident', field: formatPath(['records', key]), detail: owner });
    if (parsed.kind === 'evidence') {
      const { incidentId } = value as Evidence;
      if (!incidents.has(incidentId)) problems.push({ code: 'danglingIncident', field: formatPath(['records', key, 'incidentId']), detail: incidentId });
    }
    if (parsed.kind === 'incident') problems.push(...incidentAccountProblems(key, value as Incident, accounts));
    // The recovery map (schema 2): the mailboxes that reset an account, and the mailboxes a leak named.
    if (parsed.kind === 'account') problems.push(...danglingIds(key, ['recovery', 'mailboxes'], (value as Account).recovery?.mailboxes, accounts));
    if (parsed.kind === 'incident') problems.push(...danglingIds(key, ['leakedMailboxes'], (value as Incident).leakedMailboxes, accounts));
  }
  return problems;
}

function incidentAccountProblems(key: string, incident: Incident, accounts: Set<string>): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const seen = new Set<string>();
  incident.accountIds.forEach((id, index) => {
    const where = formatPath(['records', key, 'accountIds', index]);
    if (seen.has(id)) problems.push({ code: 'duplicateId', field: where, detail: id });
    else if (!accounts.has(id)) problems.push({ code: 'danglingAccount', field: where, detail: id });
    seen.add(id);
  });
  return problems;
}

function danglingIds(key: string, path: string[], ids: readonly string[] | undefined, accounts: Set<string>): BackupProblem[] {
  return (ids ?? []).flatMap((id, index) =>
    accounts.has(id) ? [] : [{ code: 'danglingAccount' as const, field: formatPath(['records', key, ...path, index]), detail: id }]);
}
