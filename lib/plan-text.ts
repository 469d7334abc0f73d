// Plan tasks and templates in the user's language: message keys through t(), catalogue text through pick().
import { currentLanguage, labelled, pick, t, type MessageKey } from './i18n';
import { formatDate } from '@/core/format';
import { joinAnd } from '@/core/language';
import { shownName } from './account-names';
import type { PlanTask } from '@/core/plan/types';
import type { TextTools } from '@/core/plan/templates';
import { reportTaskRef, type ReportLine, type Ref as ReportRef } from '@/core/plan/report-text';

type Ref = { key: string; vars?: Record<string, string | number> };

/** The account a plan task belongs to, as shown: a catalogue site's own name follows the current language. */
export const taskAccount = (task: PlanTask): string => shownName(String(task.title.vars?.account ?? ''));

/** Substitutions as shown: an account named by its catalogue site's name follows the current language. */
const shownVars = (vars: Ref['vars']) => (vars && typeof vars.account === 'string' ? { ...vars, account: shownName(vars.account) } : vars);

/** A message the plan names by key (keys are checked against both locale files by the plan's tests). */
export const tr = (ref: Ref): string => t(ref.key as MessageKey, shownVars(ref.vars));
export const tk = (key: string, vars?: Record<string, string | number>): string => t(key as MessageKey, vars);

export const taskTitle = (task: PlanTask) => (task.stepText ? pick(task.stepText.title) : tr(task.title));
export const taskHow = (task: PlanTask) => (task.stepText?.how ? pick(task.stepText.how) : task.how ? tr(task.how) : '');
export const taskWhy = (task: PlanTask) => (task.stepText?.why ? pick(task.stepText.why) : task.why ? tr(task.why) : '');

/** The title with its account, for toasts and the report, where the account heading is not beside it. */
export const taskFullTitle = (task: PlanTask) => (task.stepText ? labelled(taskAccount(task), pick(task.stepText.title)) : tr(task.title));

/** The report's neutral name of a task (its reader is the police, not the user); an account's step keeps the
 *  guide's own title after the account's name. */
export const reportTaskTitle = (task: PlanTask) => {
  const ref = reportTaskRef(task);
  return ref ? reportText(ref) : taskFullTitle(task);
};

/** A report message whose `keys` substitutions are message keys themselves. */
const reportText = (ref: ReportRef) =>
  tr({ key: ref.key, vars: { ...ref.vars, ...Object.fromEntries(Object.entries(ref.keys ?? {}).map(([name, key]) => [name, tk(key)])) } });

/** One line of the report's list of steps not yet taken. */
export const reportLineText = (line: ReportLine) =>
  line.kind === 'account' ? t('reportTask.accountSteps', line.open, { account: line.account }) : reportText(line.ref);

export function textTools(): TextTools {
  return {
    t: tk,
    date: (ms) => formatDate(ms, currentLanguage()),
    list: (items) => joinAnd(items, currentLanguage()),
  };
}
