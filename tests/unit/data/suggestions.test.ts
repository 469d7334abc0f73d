import { describe, expect, it } from 'vitest';
import { regionFile, suggestedSites } from '@/core/regions';
import { REGIONS } from '@/core/model';
import { sites } from '@/data/catalogue';

describe('first-run suggestions', () => {
  it.each(REGIONS)('%s: every suggested site is in the catalogue, with email and money first-class', (region) => {
    const suggested = suggestedSites(region, sites());
    expect(suggested.map((site) => site.id)).toEqual(regionFile(region).suggestedSites);
    const categories = new Set(suggested.map((site) => site.category));
    expect(suggested.length).toBeGreaterThanOrEqual(6);
    expect(categories.has('email')).toBe(true);
    expect(categories.has('payment') || categories.has('banking')).toBe(true);
    // A bank in every region: a user in the US or the UK used to be offered none at first run.
    expect(categories.has('banking')).toBe(true);
  });

  it('offers the largest local banks in the US and the UK, at least three each', () => {
    const banks = (region: 'us' | 'uk') =>
      suggestedSites(region, sites()).filter((site) => site.category === 'banking' && site.regions.includes(region));
    expect(banks('us').map((site) => site.id)).toEqual(['chase', 'bank-of-america', 'wells-fargo']);
    expect(banks('uk').map((site) => site.id)).toEqual(['barclays', 'hsbc-uk', 'lloyds']);
  });

  it('offers Chinese platforms in mainland China and international ones elsewhere', () => {
    expect(suggestedSites('cn', sites()).every((site) => site.regions.includes('cn'))).toBe(true);
    expect(suggestedSites('us', sites()).some((site) => site.regions.includes('cn'))).toBe(false);
  });
});
