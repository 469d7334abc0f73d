// The views' way to the plan builder: loaded only while a leak is being worked on, so that a page without an
// open leak never parses it (issue 13). lib/app-state.ts loads this module, and through it the builder, before it
// renders a state with an open leak.
import { planLoaded, providePlan } from './plan-code';

export async function loadPlan(): Promise<void> {
  if (planLoaded()) return;
  const { buildPlan, taskStatus } = await import('@/core/plan');
  providePlan({ buildPlan, taskStatus });
}
