// Creating and checking the user's accounts. Pure: ids and clocks are passed in.
import type { SiteSummary } from '@/data/schema';
import type { Category, Region, Tier } from './model';
import { regionFile, regionForLanguage } from './regions';

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

/** The usual key accounts to offer on first run: the region file lists them (ids not in the catalogue are skipped). */
export function suggestedSites<S extends SiteSummary>(region: Region, sites: readonly S[]): S[] {
  const byId = new Map(sites.map((site) => [site.id, site]));
  return regionFile(region)
    .suggestedSites.map((id) => byId.get(id))
    .filter((site): site is S => site !== undefined);
}

/** The region to suggest for: the user's setting, else the region the UI language implies (core/regions). */
export function effectiveRegion(setting: 'auto' | Region, uiLanguage: string): Region {
  return setting !== 'auto' ? setting : regionForLanguage(uiLanguage);
}
