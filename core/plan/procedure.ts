// Phase 3: the procedure a lawyer advises, in the order of the source article: complain to the provider,
// report to the police, keep evidence, report to the regulator, warn family and friends, consult a lawyer.
import type { Incident } from '../model';
import type { RegionChannels } from './channels';
import { DAY, mergeById, toTask, type TaskSpec } from './task';
import type { PlanTask } from './types';

const EVIDENCE: TaskSpec = { id: 'keep-evidence', key: 'plan.task.evidence', minutes: 15, dueIn: DAY };
const FAMILY: TaskSpec = { id: 'warn-family', key: 'plan.task.family', minutes: 5, dueIn: DAY };

export function procedureTasks(incident: Incident, region: RegionChannels): PlanTask[] {
  const specs: TaskSpec[] = [
    { id: 'complain-provider', key: 'plan.task.complain', how: region.how.complain, vars: { source: incident.source }, minutes: 20, dueIn: 3 * DAY },
    ...region.police(incident),
    EVIDENCE,
    ...region.regulators(incident.sourceCategory),
    ...region.extraProcedure,
    FAMILY,
    { id: 'consult-lawyer', key: 'plan.task.lawyer', how: region.how.lawyer, minutes: 30, dueIn: 14 * DAY },
  ];
  return mergeById(specs.map((spec) => toTask(incident, 'procedure', spec)));
}
