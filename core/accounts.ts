// Creating and checking the user's accounts. Pure: ids and clocks are passed in.
import type { SiteSummary } from '@/data/schema';
import type { Category, Region, Tier } from './model';

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

/** The usual key accounts to offer on first run, by region. Ids that are not in the catalogue are skipped. */
export const SUGGESTED: Record<Region, string[]> = {
  cn: ['qq-mail', 'netease-mail', 'wechat', 'alipay', 'icbc', 'cmb', 'ccb', 'unionpay', 'taobao', 'jd', 'pinduoduo', 'china-mobile', 'china-unicom', 'china-telecom', 'qq', 'china-railway-12306'],
  us: ['google', 'microsoft', 'apple', 'paypal', 'amazon', 'facebook', 'instagram', 'whatsapp', 'coinbase'],
  uk: ['google', 'microsoft', 'apple', 'paypal', 'amazon', 'facebook', 'instagram', 'whatsapp'],
  other: ['google', 'microsoft', 'apple', 'paypal', 'amazon', 'facebook', 'instagram', 'whatsapp'],
};

export function suggestedSites<S extends SiteSummary>(region: Region, sites: readonly S[]): S[] {
  const byId = new Map(sites.map((site) => [site.id, site]));
  return SUGGESTED[region].map((id) => byId.get(id)).filter((site): site is S => site !== undefined);
}

/** The region to suggest for: the user's setting, else a guess from the UI language. */
export function effectiveRegion(setting: 'auto' | Region, uiLanguage: string): Region {
  if (setting !== 'auto') return setting;
  const lang = uiLanguage.toLowerCase();
  if (lang.startsWith('zh-cn') || lang === 'zh' || lang.startsWith('zh_cn') || lang.startsWith('zh-hans')) return 'cn';
  if (lang === 'en-gb') return 'uk';
  if (lang === 'en-us') return 'us';
  return 'other';
}
