// Creating and checking the user's accounts. Pure: ids and clocks are passed in.
import type { SiteSummary } from '@/data/schema';
import type { Account, Category, Region, Tier } from './model';
import { regionFile, regionForLanguage } from './regions';
import { registrableDomain } from './sites';

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

/** The site an account stands for, as a comparable value: a catalogue id or a registrable domain. */
export function accountSiteKey(account: Pick<Account, 'siteId' | 'customDomain'>): string {
  if (account.siteId) return `site:${account.siteId}`;
  return `domain:${registrableDomain(account.customDomain ?? '') ?? account.customDomain ?? ''}`;
}

/**
 * Everything wrong with a draft, so the form can say it all at once. Two accounts on one site are fine
 * (personal and work mail) as long as their labels differ.
 */
export function checkDraft(draft: AccountDraft, existing: readonly Account[], editingId?: string): DraftError[] {
  const errors: DraftError[] = [];
  const label = draft.label.trim();
  if (!label) errors.push('label-empty');
  if (label.length > 100) errors.push('label-too-long');
  if (!draft.siteId) {
    if (!draft.customName?.trim()) errors.push('name-empty');
    if (!registrableDomain(draft.customDomain ?? '')) errors.push('domain-invalid');
  }
  const key = accountSiteKey(draft);
  const duplicate = existing.some(
    (account) => account.id !== editingId && accountSiteKey(account) === key && account.label.trim().toLowerCase() === label.toLowerCase(),
  );
  if (label && duplicate) errors.push('duplicate');
  return errors;
}

export function createAccount(draft: AccountDraft, id: string, now: number): Account {
  const account: Account = {
    id,
    label: draft.label.trim(),
    category: draft.category,
    tier: draft.tier,
    sharedPassword: draft.sharedPassword,
    createdAt: now,
    updatedAt: now,
  };
  if (draft.siteId) account.siteId = draft.siteId;
  else {
    account.customName = draft.customName?.trim();
    account.customDomain = registrableDomain(draft.customDomain ?? '') ?? draft.customDomain?.trim();
  }
  return account;
}

export function draftForSite(site: SiteSummary): AccountDraft {
  return { siteId: site.id, label: site.names.en, category: site.category, tier: defaultTier(site.category), sharedPassword: false };
}

/** The usual key accounts to offer on first run: the region file lists them (ids not in the catalogue are skipped). */
export function suggestedSites<S extends SiteSummary>(region: Region, sites: readonly S[]): S[] {
  const byId = new Map(sites.map((site) => [site.id, site]));
  return regionFile(region).suggestedSites.map((id) => byId.get(id)).filter((site): site is S => site !== undefined);
}

/** The region to suggest for: the user's setting, else the region the UI language implies (core/regions). */
export function effectiveRegion(setting: 'auto' | Region, uiLanguage: string): Region {
  return setting !== 'auto' ? setting : regionForLanguage(uiLanguage);
}
