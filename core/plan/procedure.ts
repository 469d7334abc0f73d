// Phase 3: the procedure a lawyer advises. Evidence first, because it disappears first (screenshots, call logs)
// and the complaint and the police report both need it; then complain to the provider, report to the police,
// close the account at the service that leaked (once the evidence is kept), report to the regulators, warn
// family and friends, consult a lawyer.
import type { Incident } from '../model';
import type { RegionChannels } from '../regions';
import { DAY, HOUR, mergeById, toTask, type TaskSpec } from './task';
import type { PlanTask } from './types';

const EVIDENCE: TaskSpec = { id: 'keep-evidence', key: 'plan.task.evidence', minutes: 15, dueIn: 12 * HOUR };
const FAMILY: TaskSpec = { id: 'warn-family', key: 'plan.task.family', minutes: 5, dueIn: DAY };

export function procedureTasks(incident: Incident, region: RegionChannels): PlanTask[] {
  const source = { source: incident.source };
  const specs: TaskSpec[] = [
    EVIDENCE,
    { id: 'complain-provider', key: 'plan.task.complain', how: region.how.complain, vars: source, minutes: 20, dueIn: 3 * DAY },
    ...region.police(incident),
    { id: 'close-account', key: 'plan.task.closeAccount', how: region.how.closeAccount, vars: source, minutes: 15, dueIn: 7 * DAY },
    ...region.regulators(incident.sourceCategory),
    ...region.extraProcedure,
    FAMILY,
    { id: 'consult-lawyer', key: 'plan.task.lawyer', how: region.how.lawyer, minutes: 30, dueIn: 14 * DAY },
  ];
  return mergeById(specs.map((spec) => toTask(incident, 'procedure', spec)));
}
