// The one line a guide shows about a site's two-step verification, from what its catalogue file says (and the
// sources behind it, which tests/unit/data/catalogue-conventions.test.ts checks): a PIN or second password the
// user sets, the strongest method offered, none, or unknown.
import type { Site } from '@/data/schema';
import { strongestTwoFactor } from './guide';
import { camel } from './plan/task';

export interface BannerText {
  key: string;
  vars?: Record<string, string>;
  /** Locale key of the method, to translate and put in vars.method. */
  methodKey?: string;
}

export function twoFactorBanner(site: Pick<Site, 'twoFactor' | 'twoFactorUnknown' | 'twoFactorSecret'>): BannerText {
  if (site.twoFactorSecret) return { key: `guide.twoFactorSecret.${site.twoFactorSecret}` };
  const best = strongestTwoFactor(site.twoFactor);
  if (best) return { key: 'guide.twoFactorBest', methodKey: `guide.method.${camel(best)}` };
  return { key: site.twoFactorUnknown ? 'guide.twoFactorUnknown' : 'guide.twoFactorNone' };
}
