// Where the plan builder (core/plan) is, once there: the views load it only while a leak is being worked on
// (lib/plan-loader.ts, issue 13), the background hands it over at start (entrypoints/background/plan.ts).
// The loader is a module of its own: a dynamic import bundled into the background would wrap every module
// it reaches in lazy start-up code.
import type { PlanSource, TaskStatus } from '@/core/priority';
import type { BuildPlan } from '@/core/plan/types';
import { CATALOGUE } from '@/data/catalogue';

export type PlanCode = { buildPlan: BuildPlan; taskStatus: TaskStatus };
let plan: PlanCode | undefined;

export const planLoaded = () => plan !== undefined;

export function providePlan(code: PlanCode) {
  plan = code;
}

function loadedPlan() {
  if (!plan) throw new Error('The plan builder is not loaded: lib/app-state.ts loads it (lib/plan-loader.ts) while a leak is open');
  return plan;
}

/** The real plan builder and catalogue, for core/priority and core/reminders. */
export const planSource: PlanSource = {
  buildPlan: (...args) => loadedPlan().buildPlan(...args),
  taskStatus: (...args) => loadedPlan().taskStatus(...args),
  catalogue: CATALOGUE,
};
