// One file per region (country): core/regions/<id>.ts holds the region's channels, legal references, complaint
// rights, police asks, suggested sites and the languages that imply it. These checks keep that true, so that a
// new country is one file (plus its id in REGIONS and its locale keys; README "Adding a country").
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '@/core/model';
import { REGION_FILES, effectiveRegion, languageMatches, regionForLanguage } from '@/core/regions';
import { REGIONAL_HOW } from '@/core/regions/types';
import { chinese, english } from '../../setup';

const key = (k: string) => k.replaceAll('.', '_');

describe('region files', () => {
  it('exist for every region, one file each, named after it, and nothing else lives in core/regions', () => {
    const names = { cn: 'cn', us: 'us', uk: 'uk', other: 'other' } as const;
    expect(Object.keys(REGION_FILES).sort()).toEqual([...REGIONS].sort());
    for (const region of REGIONS) expect(REGION_FILES[region].id).toBe(region);
    const files = readdirSync('core/regions')
      .filter((f) => f.endsWith('.ts'))
      .sort();
    expect(files).toEqual([...REGIONS.map((r) => `${names[r]}.ts`), 'index.ts', 'types.ts'].sort());
  });

  it.each(REGIONS)('%s: every text it names exists in both languages', (region) => {
    const file = REGION_FILES[region];
    const keys = [
      file.complaintRights,
      ...file.policeAsks,
      ...file.legal.flatMap((name) => [`plan.legal.${region}.${name}.title`, `plan.legal.${region}.${name}.text`]),
      ...REGIONAL_HOW.map((name) => file.channels.how[name]),
      `leak.region.${region}`,
    ];
    for (const dict of [english, chinese]) expect(keys.filter((k) => !dict[key(k)])).toEqual([]);
    expect(file.suggestedSites.length).toBeGreaterThanOrEqual(6);
  });

  it('no language tag is claimed by two regions, and "other" claims none', () => {
    const tags = REGIONS.flatMap((region) => REGION_FILES[region].languages);
    expect(tags).toEqual([...new Set(tags)]);
    expect(REGION_FILES.other.languages).toEqual([]);
    for (const tag of tags) expect(tag).toMatch(/^[a-z]{2,3}(-[a-z0-9]+)*\*?$/);
  });

  it.each([
    ['zh-CN', 'cn'],
    ['zh_CN', 'cn'],
    ['zh', 'cn'],
    ['zh-Hans-CN', 'cn'],
    ['zh-TW', 'other'],
    ['zh-Hant', 'other'],
    ['en-GB', 'uk'],
    ['en-US', 'us'],
    ['en', 'other'],
    ['fr-FR', 'other'],
    ['', 'other'],
  ] as const)('the UI language %s implies %s', (lang, region) => {
    expect(regionForLanguage(lang)).toBe(region);
    expect(effectiveRegion('auto', lang)).toBe(region);
    expect(effectiveRegion('uk', lang)).toBe('uk');
  });

  it('matches a tag exactly, and a starred tag as a prefix', () => {
    expect(languageMatches('zh-tw', 'zh')).toBe(false);
    expect(languageMatches('ZH', 'zh')).toBe(true);
    expect(languageMatches('zh-cn-x', 'zh-cn*')).toBe(true);
    expect(languageMatches('en-gb-oxendict', 'en-gb')).toBe(false);
  });
});

describe('region facts have one home', () => {
  /** Every .ts/.tsx file under these folders, except the region files themselves. */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return path === 'core/regions' ? [] : sources(path);
      return /\.tsx?$/.test(entry.name) ? [path] : [];
    });
  }

  it('no code outside core/regions switches on a region id or keys a table by one', () => {
    const offenders = ['core', 'components', 'lib', 'entrypoints'].flatMap(sources).filter((path) => {
      const text = readFileSync(path, 'utf8');
      return /region\)?\s*(===|!==)\s*'(cn|us|uk|other)'|\b(cn|us|uk):\s*[[{'"]|Record<Region,/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
