// What differs between regions (countries): where to report, which credit checks exist, how a shared task is
// worded, which laws the legal panel cites, which rights the complaint letter invokes, what to ask the police
// for, which accounts to suggest at first run, and which browser languages imply the region. One file per region
// (core/regions/<id>.ts) holds all of it; README "Adding a country" says what else a new one needs.
import type { Category, Incident, LeakedData, Region } from '../model';
import type { TaskSpec } from '../plan/task';

/** Tasks every region has, whose how-to is written for each region. */
export const REGIONAL_HOW = [
  'cardCallBank',
  'cardLimits',
  'phoneCarrier',
  'simSwap',
  'scamCalls',
  'emailPhishing',
  'creditScams',
  'complain',
  'closeAccount',
  'lawyer',
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

export interface RegionFile {
  id: Region;
  /** The plan's tasks that differ by region. */
  channels: RegionChannels;
  /** The legal panel: names under plan.legal.<id>.<name>.{title,text} in the locale files. */
  legal: string[];
  /** The complaint letter's paragraph on the user's rights (a locale key). */
  complaintRights: string;
  /** What to ask the police for before leaving (locale keys). */
  policeAsks: string[];
  /** The usual key accounts to offer on first run: catalogue ids (ids not in the catalogue are skipped). */
  suggestedSites: string[];
  /**
   * Browser UI languages that imply this region when the region setting is "automatic": lower-case BCP 47
   * tags ("_" read as "-"); a tag matches itself only, a tag ending in "*" also every longer tag it starts.
   */
  languages: string[];
  /**
   * "Money already gone, or a scam call right now?": what to do at once, in order, before the plan (the
   * emergency card). Texts under emergency.action.<key>.{title,how} in the locale files.
   */
  emergency: EmergencyAction[];
}

/** One immediate action of the emergency card. */
export interface EmergencyAction {
  /** The i18n key under emergency.action: title and how. */
  key: string;
  /** A number to call, as dialled (shown as a tel: link). */
  tel?: string;
  url?: string;
}

/** Region-specific how-to keys: <task>.how<Suffix>. */
export function howKeys(suffix: string, overrides: Partial<Record<RegionalHow, string>> = {}): Record<RegionalHow, string> {
  const pairs = REGIONAL_HOW.map((name) => [name, overrides[name] ?? `plan.task.${name}.how${suffix}`]);
  return Object.fromEntries(pairs) as Record<RegionalHow, string>;
}

/** Police within days; within a day when money is at stake. */
export const moneyAtStake = (incident: Incident) => incident.leaked.includes('bank-card') || Boolean(incident.losses?.trim());
