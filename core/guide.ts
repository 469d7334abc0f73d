// An account's hardening guide: the steps of its catalogue site, or the generic guide of its category for a
// custom site, with links resolved, and how each step stands.
import type { SiteStep, StepSummary, TwoFactorMethod } from '@/data/schema';
import type { Account, AppState, Category, StepState } from './model';
import { httpsOrigin } from './sites';
import { accountRank, compareRanks } from './account-order';

/**
 * A step as the catalogue has it at hand: always its summary (the step index: title, link, minutes, risk),
 * and its how-to and why once the guide's full file is loaded (data/guides.ts).
 */
export type CatalogueStep = StepSummary & Partial<Pick<SiteStep, 'how' | 'why'>>;

export interface GuideStep extends CatalogueStep {
  /** True for a custom site's step, whose menu path is generic advice rather than the site's own words. */
  generic: boolean;
}

export interface CatalogueGuide {
  steps: readonly CatalogueStep[];
}

export interface Catalogue {
  siteById: (id: string | undefined) => CatalogueGuide | undefined;
  generic: readonly (CatalogueGuide & { category: Category })[];
}

export function genericGuideFor<G extends { category: Category }>(category: Category, generic: readonly G[]): G | undefined {
  return generic.find((guide) => guide.category === category) ?? generic.find((guide) => guide.category === 'other');
}

export function buildGuide(account: Account, catalogue: Catalogue): GuideStep[] {
  const site = catalogue.siteById(account.siteId);
  if (site) return site.steps.map((step) => ({ ...step, generic: false }));
  const guide = genericGuideFor(account.category, catalogue.generic);
  const origin = account.customDomain ? httpsOrigin(account.customDomain) : undefined;
  return (guide?.steps ?? []).map((step) => ({
    ...step,
    generic: true,
    // Sites that support the W3C well-known URL redirect it to their change-password page; others show
    // their own page or a 404, and the step's text still says where to look.
    url: step.kind === 'password' && origin ? `${origin}/.well-known/change-password` : step.url,
  }));
}

/** Security key, then an authenticator app, then a prompt in the site's own app, then SMS, call or email. */
const STRENGTH: TwoFactorMethod[] = ['u2f', 'totp', 'custom-software', 'custom-hardware', 'sms', 'call', 'email'];

export function strongestTwoFactor(methods: readonly TwoFactorMethod[]): TwoFactorMethod | undefined {
  return STRENGTH.find((method) => methods.includes(method));
}

export type EffectiveStatus = 'open' | 'done' | 'done-other' | 'not-applicable' | 'snoozed';

/** A snooze that has run out makes the step open again. */
export function effectiveStatus(state: StepState | undefined, now: number): EffectiveStatus {
  if (!state || state.status === 'pending') return 'open';
  if (state.status === 'snoozed') return (state.until ?? 0) > now ? 'snoozed' : 'open';
  return state.status;
}

export const isClosed = (status: EffectiveStatus) => status === 'done' || status === 'done-other' || status === 'not-applicable';

export interface Progress {
  closed: number;
  total: number;
  minutesLeft: number;
}

export function guideProgress(steps: readonly GuideStep[], states: Record<string, StepState> | undefined, now: number): Progress {
  let closed = 0;
  let minutesLeft = 0;
  for (const step of steps) {
    if (isClosed(effectiveStatus(states?.[step.id], now))) closed += 1;
    else minutesLeft += step.minutes;
  }
  return { closed, total: steps.length, minutesLeft };
}

export interface OpenStep {
  account: Account;
  step: GuideStep;
  status: EffectiveStatus;
}

const RISK_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Every open step of every account, the most urgent first. */
export function openSteps(state: AppState, catalogue: Catalogue, now: number): OpenStep[] {
  const result: (OpenStep & { rank: number[] })[] = [];
  for (const account of state.accounts) {
    buildGuide(account, catalogue).forEach((step, index) => {
      const status = effectiveStatus(state.steps[account.id]?.[step.id], now);
      if (status !== 'open') return;
      result.push({ account, step, status, rank: [RISK_ORDER[step.risk], ...accountRank(account), index] });
    });
  }
  return result.sort((a, b) => compareRanks(a.rank, b.rank)).map(({ rank: _rank, ...open }) => open);
}
