// The views' way to the plan builder: loaded only while a leak is being worked on, so that a page without an
// open leak never parses it (issue 13). Every view awaits planFor before it renders a state (lib/app-state.ts).
import type { AppState } from '@/core/model';
import { planLoaded, providePlan } from './plan-code';

export async function planFor(state: AppState): Promise<void> {
  // Open as core/priority's isOpenIncident says: not closed.
  if (planLoaded() || !state.incidents.some((incident) => incident.closedAt === undefined)) return;
  const { buildPlan, taskStatus } = await import('@/core/plan');
  providePlan({ buildPlan, taskStatus });
}
