// The index every view carries, and the full site files loaded on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES, loadSites, siteById, withSites } from '@/data/catalogue';

const files = readdirSync('data/sites').filter((name) => name.endsWith('.json')).sort();

describe('site index', () => {
  it('has every site file, with exactly the fields matching and search need', () => {
    expect(SITES.map((site) => `${site.id}.json`)).toEqual(files);
    for (const summary of SITES) {
      const full = JSON.parse(readFileSync(`data/sites/${summary.id}.json`, 'utf8'));
      expect(summary).toEqual({
        id: full.id, names: full.names, aliases: full.aliases, category: full.category, regions: full.regions, domains: full.domains, hosts: full.hosts,
      });
    }
  });
});

describe('loading full sites', () => {
  it('loads a site file on request, and ignores ids that are not in the catalogue', async () => {
    expect(siteById('paypal')).toBeUndefined();
    await loadSites(['paypal', 'no-such-site', undefined]);
    expect(siteById('paypal')?.steps.length).toBeGreaterThan(0);
    expect(siteById('no-such-site')).toBeUndefined();
  });

  it("loads the sites of the user's accounts before a view or the background reads their guides", async () => {
    expect(siteById('qq')).toBeUndefined();
    const loaded = { state: { accounts: [{ siteId: 'qq' }, {}] } };
    expect(await withSites(loaded)).toBe(loaded);
    expect(siteById('qq')?.id).toBe('qq');
  });
});
