// How one plan task is written down (a spec) and turned into a PlanTask for an incident. The texts live in the
// locale files under the spec's key: <key>.title, <key>.how (or a region's own how key) and <key>.why.
import type { Incident, LeakedData } from '../model';
import type { PlanPhase, PlanTask } from './types';

import { DAY, HOUR } from '../time';

export { HOUR, DAY };

type Vars = Record<string, string | number>;

export interface TaskSpec {
  id: string;
  /** The i18n key under which title, how and why live. */
  key: string;
  /** A region's own how-to key, in place of <key>.how. */
  how?: string;
  /** Named substitutions shared by title, how and why. */
  vars?: Vars;
  minutes: number;
  /** Due this long after the incident was discovered. */
  dueIn: number;
  urgent?: boolean;
  url?: string;
  repeat?: { index: number; of: number };
}

export function toTask(incident: Incident, phase: PlanPhase, spec: TaskSpec, because?: LeakedData[]): PlanTask {
  const withVars = (key: string) => (spec.vars ? { key, vars: spec.vars } : { key });
  const task: PlanTask = {
    id: spec.id,
    phase,
    urgent: spec.urgent ?? false,
    dueAt: incident.discoveredAt + spec.dueIn,
    title: withVars(`${spec.key}.title`),
    how: withVars(spec.how ?? `${spec.key}.how`),
    why: withVars(`${spec.key}.why`),
    minutes: spec.minutes,
  };
  if (spec.url) task.url = spec.url;
  if (spec.repeat) task.repeat = spec.repeat;
  if (because?.length) task.because = [...because];
  return task;
}

/** Keeps the first task of each id; a task that several leaked types call for lists all of them. */
export function mergeById(tasks: PlanTask[]): PlanTask[] {
  const byId = new Map<string, PlanTask>();
  for (const task of tasks) {
    const seen = byId.get(task.id);
    if (!seen) byId.set(task.id, task);
    else if (task.because) seen.because = [...new Set([...(seen.because ?? []), ...task.because])];
  }
  return [...byId.values()];
}

/** 'id-number' -> 'idNumber': locale keys cannot hold dashes. */
export const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
