// Every region (country) the product knows, one file each. Adding a country: README "Adding a country".
import type { SiteSummary } from '@/data/schema';
import { REGIONS, type Region } from '../model';
import { china } from './cn';
import { elsewhere } from './other';
import { unitedKingdom } from './uk';
import { unitedStates } from './us';
import type { RegionChannels, RegionFile } from './types';

export const REGION_FILES: Record<Region, RegionFile> = { cn: china, us: unitedStates, uk: unitedKingdom, other: elsewhere };

export const regionFile = (region: Region): RegionFile => REGION_FILES[region];
export const channelsFor = (region: Region): RegionChannels => REGION_FILES[region].channels;

/** Does a browser UI language ("zh-CN", "en_GB") match a region's language tag ("zh", "zh-cn*")? */
export function languageMatches(uiLanguage: string, tag: string): boolean {
  const lang = uiLanguage.toLowerCase().replaceAll('_', '-');
  if (!tag.endsWith('*')) return lang === tag;
  const prefix = tag.slice(0, -1);
  return lang.startsWith(prefix);
}

/** The region a UI language implies: the first region (in REGIONS order) claiming it, else 'other'. */
export function regionForLanguage(uiLanguage: string): Region {
  return REGIONS.find((region) => REGION_FILES[region].languages.some((tag) => languageMatches(uiLanguage, tag))) ?? 'other';
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

export type { RegionChannels, RegionFile } from './types';
export { REGIONAL_HOW, howKeys, moneyAtStake, type RegionalHow } from './types';
