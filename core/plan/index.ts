// The after-a-leak plan: lock down, protect what leaked, the procedure, then the checks that come back.
// Pure: everything it needs is passed in, and the same input always gives the same plan.
import type { AppState, Incident } from '../model';
import type { Catalogue } from '../guide';
import { channelsFor } from '../regions';
import { dataTasks } from './data-steps';
import { followUpTasks } from './follow-ups';
import { lockDownAccounts, lockDownTasks } from './lock-down';
import { procedureTasks } from './procedure';
import type { BuildPlan, PlanTask } from './types';

export const buildPlan: BuildPlan = (incident: Incident, state: AppState, catalogue: Catalogue): PlanTask[] => {
  const region = channelsFor(incident.region);
  const locked = lockDownAccounts(incident, state.accounts).map(({ account }) => account);
  return [
    ...lockDownTasks(incident, state.accounts, catalogue),
    ...dataTasks(incident, region),
    ...procedureTasks(incident, region),
    ...followUpTasks(incident, locked, region),
  ];
};

export { planTaskStatus, taskStatus, planProgress, leakStart } from './status';
export type { PlanTask, PlanPhase, BuildPlan } from './types';
export { PHASES } from './types';
