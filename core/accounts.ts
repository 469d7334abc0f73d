// Creating and checking the user's accounts. Pure: ids and clocks are passed in.
import type { SiteSummary } from '@/data/schema';
import type { Category, Tier } from './model';

/** Email resets everything else and money is what thieves want: those start as critical. */
export function defaultTier(category: Category): Tier {
  if (category === 'email' || category === 'banking' || category === 'payment') return 'critical';
  if (category === 'telecom' || category === 'government' || category === 'cloud' || category === 'shopping' || category === 'social') {
    return 'important';
  }
  return 'other';
}

export interface AccountDraft {
  siteId?: string;
  customName?: string;
  customDomain?: string;
  label: string;
  category: Category;
  tier: Tier;
  sharedPassword: boolean;
}

export type DraftError = 'label-empty' | 'label-too-long' | 'name-empty' | 'domain-invalid' | 'duplicate';

export function draftForSite(site: SiteSummary): AccountDraft {
  return { siteId: site.id, label: site.names.en, category: site.category, tier: defaultTier(site.category), sharedPassword: false };
}
