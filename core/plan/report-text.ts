// How the printed report names a plan task. The report is read by the police or a regulator, not by the user, so
// it never uses the plan's own titles (imperatives addressed to the user: "Secure your email account first").
// Each plan task written as a spec (<key>.title) has a neutral, descriptive title of its own under
// reportTask.<name>. An account's guide step is named by its kind (reportStep.<kind>), never by the guide's
// text, and the list of open steps counts them per account.
import type { PlanTask } from './types';
import { camel } from './task';

/** A message by key; `keys` are substitutions that are themselves message keys, translated first. */
export type Ref = { key: string; vars?: Record<string, string | number>; keys?: Record<string, string> };

const TITLE = /^plan\.task\.([A-Za-z0-9]+)\.title$/;

/** The report's own title of a task written as a spec ('plan.task.secureEmail.title' -> 'reportTask.secureEmail');
 *  an account's step is named by its kind ("Personal Gmail (password change)"), never by the guide's text. */
export function reportTaskRef(task: PlanTask): Ref | undefined {
  if (task.accountStep) {
    const kind = task.stepKind ? camel(task.stepKind) : 'other';
    return {
      key: 'reportTask.accountStep',
      vars: { account: String(task.title.vars?.account ?? '') },
      keys: { step: `reportStep.${kind}` },
    };
  }
  const match = TITLE.exec(task.title.key);
  if (!match) return undefined;
  return task.title.vars ? { key: `reportTask.${match[1]}`, vars: task.title.vars } : { key: `reportTask.${match[1]}` };
}

/** One line of the report's "not yet taken" list: a task, or an account with how many of its steps are open. */
export type ReportLine = { kind: 'task'; id: string; ref: Ref } | { kind: 'account'; id: string; account: string; open: number };

/** The open tasks as report lines, in plan order; an account's steps become one line where its first step was. */
export function reportOpenLines(open: readonly PlanTask[]): ReportLine[] {
  const lines: ReportLine[] = [];
  const byAccount = new Map<string, Extract<ReportLine, { kind: 'account' }>>();
  for (const task of open) {
    if (task.accountStep) {
      const seen = byAccount.get(task.accountStep.accountId);
      if (seen) seen.open += 1;
      else {
        const line = { kind: 'account' as const, id: task.accountStep.accountId, account: String(task.title.vars?.account ?? ''), open: 1 };
        byAccount.set(task.accountStep.accountId, line);
        lines.push(line);
      }
      continue;
    }
    const ref = reportTaskRef(task);
    lines.push(ref ? { kind: 'task', id: task.id, ref } : { kind: 'task', id: task.id, ref: task.title });
  }
  return lines;
}
