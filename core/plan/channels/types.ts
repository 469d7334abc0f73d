// What differs between regions: where to report, which credit checks exist, and how a shared task is worded.
import type { Category, Incident, LeakedData } from '../../model';
import type { TaskSpec } from '../task';

/** Tasks every region has, whose how-to is written for each region. */
export const REGIONAL_HOW = [
  'cardCallBank', 'cardLimits', 'phoneCarrier', 'simSwap', 'scamCalls', 'emailPhishing', 'creditScams', 'complain', 'closeAccount', 'lawyer',
  'creditAgain',
] as const;
export type RegionalHow = (typeof REGIONAL_HOW)[number];

export interface RegionChannels {
  /** The how-to key of each shared task, in this region's words. */
  how: Record<RegionalHow, string>;
  /** The leaked data that puts the phone number at risk: its protection then moves up beside email. */
  phoneAtRisk: LeakedData[];
  /** What to check when an ID number, or a photo of the ID, leaked. */
  identityChecks: TaskSpec[];
  /** Credit report checks when credit or loan data leaked. */
  creditChecks: TaskSpec[];
  police: (incident: Incident) => TaskSpec[];
  /** The regulators that fit the source's kind of business (unknown when the user did not say). */
  regulators: (category: Category | undefined) => TaskSpec[];
  /** Region-only procedure steps (an official anti-fraud app...). */
  extraProcedure: TaskSpec[];
  /** Follow-ups that only this region has (renewing a fraud alert...). */
  identityFollowUps: TaskSpec[];
}

/** Region-specific how-to keys: <task>.how<Suffix>. */
export function howKeys(suffix: string, overrides: Partial<Record<RegionalHow, string>> = {}): Record<RegionalHow, string> {
  const pairs = REGIONAL_HOW.map((name) => [name, overrides[name] ?? `plan.task.${name}.how${suffix}`]);
  return Object.fromEntries(pairs) as Record<RegionalHow, string>;
}

/** Police within days; within a day when money is at stake. */
export const moneyAtStake = (incident: Incident) =>
  incident.leaked.includes('bank-card') || Boolean(incident.losses?.trim());
