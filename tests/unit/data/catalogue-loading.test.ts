// The index every view and the background carry, and the full guide files loaded on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, sites, genericSteps, setStepText, siteById, stepTextLanguage } from '@/data/catalogue';
import * as englishSteps from 'virtual:step-text-en';
import * as chineseSteps from 'virtual:step-text-zh_CN';
import { searchableSites } from '@/data/site-search';
import { FULL_CATALOGUE, fileLoads, fullSite, guidesLoaded, loadGuides } from '@/data/guides';
import { buildGuide } from '@/core/guide';

const files = readdirSync('data/sites')
  .filter((name) => name.endsWith('.json'))
  .sort();
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const META_FIELDS = ['id', 'kind', 'minutes', 'risk', 'verified'];
const fields = (step: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.filter((f) => step[f] !== undefined).map((f) => [f, step[f]]));
const metaOf = (step: Record<string, unknown>) => fields(step, META_FIELDS);
/** A step as the index gives it once a language's text is loaded: its meta, its title in that language, its link. */
const summaryOf = (lang: 'en' | 'zh_CN') => (step: Record<string, unknown> & { title: Record<string, string> }) => ({
  ...metaOf(step),
  title: step.title[lang],
  ...(step.url ? { url: step.url } : {}),
});

describe('site index', () => {
  it('has every site file, with what matching, ordering and counts need, in no language and with no how-to', () => {
    expect(sites().map((site) => `${site.id}.json`)).toEqual(files);
    for (const entry of sites()) {
      const full = read(`data/sites/${entry.id}.json`);
      expect(entry).toEqual({
        id: full.id,
        names: full.names,
        category: full.category,
        regions: full.regions,
        domains: full.domains,
        hosts: full.hosts,
        steps: full.steps.map(metaOf),
      });
      expect(JSON.stringify(entry)).not.toContain('"how"');
      expect(JSON.stringify(entry)).not.toContain(full.steps[0].title.en);
    }
  });

  it('leaves the search aliases to the add-account search', () => {
    for (const site of searchableSites())
      expect(site).toEqual({ ...sites().find((one) => one.id === site.id), aliases: read(`data/sites/${site.id}.json`).aliases ?? [] });
  });

  it("gives every step its title and link in the loaded language, and only that language's titles", () => {
    for (const lang of ['zh_CN', 'en'] as const) {
      setStepText(lang, lang === 'en' ? englishSteps : chineseSteps);
      expect(stepTextLanguage()).toBe(lang);
      for (const file of files) {
        const full = read(`data/sites/${file}`);
        expect(siteById(full.id)?.steps).toEqual(full.steps.map(summaryOf(lang)));
      }
      for (const entry of genericSteps()) {
        expect(entry.steps).toEqual(read(`data/generic/${entry.category}.json`).steps.map(summaryOf(lang)));
      }
    }
    expect(CATALOGUE.siteById('paypal')).toBe(siteById('paypal'));
  });
});

describe('full guides, loaded on demand', () => {
  const account = (siteId: string | undefined, category: string) => ({ siteId, category });

  it('loads each needed file once, whatever the number of accounts on it, and nothing else', async () => {
    const before = fileLoads.length;
    const accounts = [
      account('paypal', 'payment'),
      account('paypal', 'payment'),
      account(undefined, 'shopping'),
      account('no-such-site', 'games'),
    ];
    expect(guidesLoaded(accounts)).toBe(false);
    expect(fullSite('paypal')).toBeUndefined();
    await loadGuides(accounts);
    await loadGuides(accounts);
    expect(fileLoads.slice(before).sort()).toEqual(['./generic/games.json', './generic/shopping.json', './sites/paypal.json']);
    expect(guidesLoaded(accounts)).toBe(true);
    expect(fullSite('paypal')?.sources.length).toBeGreaterThan(0);
  });

  it('gives the how-to of loaded guides, and the step index for the others', async () => {
    const qq = {
      id: 'a',
      siteId: 'qq',
      label: 'QQ',
      category: 'social',
      tier: 'other',
      sharedPassword: false,
      createdAt: 0,
      updatedAt: 0,
    } as const;
    expect(buildGuide(qq, FULL_CATALOGUE).every((step) => step.how === undefined && typeof step.title === 'string' && step.title)).toBe(
      true,
    );
    await loadGuides([qq]);
    expect(buildGuide(qq, FULL_CATALOGUE).every((step) => step.how?.en && step.why?.zh_CN)).toBe(true);
    expect(buildGuide(qq, FULL_CATALOGUE).map((step) => step.id)).toEqual(buildGuide(qq, CATALOGUE).map((step) => step.id));
  });
});
