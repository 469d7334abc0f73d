// Phase 4: checks that come back. Statements monthly for three months where money or identity leaked;
// the credit report again after 30 days; region-only renewals (a US fraud alert lasts a year).
import type { Account, Incident, LeakedData } from '../model';
import type { RegionChannels } from '../regions';
import { DAY, toTask, type TaskSpec } from './task';
import type { PlanTask } from './types';

const MONEY_DATA: readonly LeakedData[] = ['bank-card', 'id-number', 'id-photo', 'credit'];
const IDENTITY_DATA: readonly LeakedData[] = ['id-number', 'id-photo', 'credit'];
export const STATEMENT_CHECKS = 3;
const RECHECK_RECOVERY: TaskSpec = { id: 'recheck-recovery', key: 'plan.task.recheckRecovery', minutes: 15, dueIn: 7 * DAY };

const leakedAny = (incident: Incident, data: readonly LeakedData[]) => data.filter((d) => incident.leaked.includes(d));

function statementChecks(incident: Incident, because: LeakedData[]): PlanTask[] {
  return Array.from({ length: STATEMENT_CHECKS }, (_, i) => {
    const index = i + 1;
    const spec: TaskSpec = {
      id: `statements-${index}`,
      key: 'plan.task.statements',
      vars: { index, of: STATEMENT_CHECKS },
      minutes: 15,
      dueIn: 30 * index * DAY,
      repeat: { index, of: STATEMENT_CHECKS },
    };
    return toTask(incident, 'follow-up', spec, because);
  });
}

export function followUpTasks(incident: Incident, lockedAccounts: readonly Account[], region: RegionChannels): PlanTask[] {
  // A week on, an intruder who kept a foothold may have changed a recovery address: check every key account again.
  const tasks: PlanTask[] = [toTask(incident, 'follow-up', RECHECK_RECOVERY)];
  const money = leakedAny(incident, MONEY_DATA);
  const moneyAccounts = lockedAccounts.some((a) => a.category === 'banking' || a.category === 'payment');
  if (money.length || moneyAccounts) tasks.push(...statementChecks(incident, money));
  const identity = leakedAny(incident, IDENTITY_DATA);
  if (identity.length) {
    tasks.push(
      toTask(
        incident,
        'follow-up',
        { id: 'credit-again', key: 'plan.task.creditAgain', how: region.how.creditAgain, minutes: 15, dueIn: 30 * DAY },
        identity,
      ),
    );
    const idOnly = leakedAny(incident, ['id-number', 'id-photo']);
    if (idOnly.length) tasks.push(...region.identityFollowUps.map((spec) => toTask(incident, 'follow-up', spec, idOnly)));
  }
  return tasks;
}
