// The catalogue's own conventions: every data/sites/<id>.json and data/generic/<category>.json parses, is in
// canonical form (so diffs stay small and reviews easy), uses https only, speaks both languages, and does not
// claim a domain another file claims. Then a search/recognition check against the real catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GenericGuide, Site, TWO_FACTOR_METHODS } from '@/data/schema';
import { SITES } from '@/data/catalogue';
import { CATEGORIES } from '@/core/model';
import { registrableDomain } from '@/core/domains';
import { searchSites, siteForUrl } from '@/core/sites';

const SITES_DIR = 'data/sites';
const GENERIC_DIR = 'data/generic';

interface DataFile {
  name: string;
  text: string;
  json: unknown;
}

function readDir(dir: string): DataFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      return { name: name.replace(/\.json$/, ''), text, json: JSON.parse(text) as unknown };
    });
}

const siteFiles = readDir(SITES_DIR);
const genericFiles = readDir(GENERIC_DIR);
const sites = siteFiles.map((file) => ({ file, site: Site.safeParse(file.json) }));
const parsedSites = sites.flatMap(({ file, site }) => (site.success ? [{ file, site: site.data }] : []));

const canonical = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const today = new Date().toISOString().slice(0, 10);

/** Every URL in a catalogue file: the urls object, each step's url, each source's url. */
function urlsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'url' || key.startsWith('urls.') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => urlsOf(item, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => urlsOf(v, key === 'urls' ? `urls.${k}` : k));
  }
  return [];
}

/** Every {en, zh_CN} pair anywhere in the file, with where it sits. */
function textsOf(value: unknown, path = ''): { path: string; en: unknown; zh: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => textsOf(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const here = 'en' in record || 'zh_CN' in record ? [{ path, en: record.en, zh: record.zh_CN }] : [];
  return [...here, ...Object.entries(record).flatMap(([k, v]) => textsOf(v, `${path}.${k}`))];
}

function isWellFormedHttps(url: string): boolean {
  if (/\s/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.includes('.') && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('data/sites files', () => {
  it.each(siteFiles.map((file) => [file.name, file] as const))('%s parses with the Site schema', (_name, file) => {
    const result = Site.safeParse(file.json);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(parsedSites.map(({ file, site }) => [file.name, file, site] as const))(
    '%s: id equals the file name and the text is canonical',
    (name, file, site) => {
      expect(site.id).toBe(name);
      expect(file.text).toBe(canonical(site));
    },
  );

  it.each(siteFiles.map((file) => [file.name, file] as const))('%s: no template placeholder is left (npm run new-site)', (_name, file) => {
    expect(file.text).not.toMatch(/fill-in/i);
  });

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))('%s: every URL is well-formed https', (_name, site) => {
    const urls = urlsOf(site);
    expect(urls.length).toBeGreaterThan(site.sources.length);
    expect(urls.filter((url) => !isWellFormedHttps(url))).toEqual([]);
  });

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))('%s: both languages everywhere', (_name, site) => {
    const texts = textsOf(site);
    expect(texts.length).toBeGreaterThanOrEqual(1 + site.steps.length * 3);
    const bad = texts.filter(({ en, zh }) => typeof en !== 'string' || !en.trim() || typeof zh !== 'string' || !zh.trim());
    expect(bad.map(({ path }) => path)).toEqual([]);
    const notChinese = site.steps.flatMap((step) =>
      (['title', 'how', 'why'] as const).filter((k) => !hasChinese(step[k].zh_CN)).map((k) => `${step.id}.${k}`),
    );
    expect(notChinese).toEqual([]);
  });

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))('%s: step ids are unique', (_name, site) => {
    const ids = site.steps.map((step) => step.id);
    expect(ids).toEqual([...new Set(ids)]);
  });

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))(
    '%s: twoFactor is unique and in vocabulary order',
    (_name, site) => {
      const ordered = [...new Set(site.twoFactor)].sort((a, b) => TWO_FACTOR_METHODS.indexOf(a) - TWO_FACTOR_METHODS.indexOf(b));
      expect(site.twoFactor).toEqual(ordered);
      // "Unknown" only makes sense for a site with no listed methods.
      if (site.twoFactorUnknown) expect(site.twoFactor).toEqual([]);
    },
  );

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))(
    '%s: domains are registrable, unique and sorted',
    (_name, site) => {
      expect(site.domains).toEqual([...new Set(site.domains)].sort());
      expect(site.domains.filter((domain) => registrableDomain(domain) !== domain)).toEqual([]);
    },
  );

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))(
    '%s: sources were checked on a real date, not in the future',
    (_name, site) => {
      const bad = site.sources.filter((source) => source.checked > today || Number.isNaN(Date.parse(source.checked)));
      expect(bad).toEqual([]);
    },
  );

  it.each(parsedSites.filter(({ site }) => site.hosts).map(({ file, site }) => [file.name, site] as const))(
    '%s: hosts are unique, sorted, and under a registrable domain (never one themselves)',
    (_name, site) => {
      const hosts = site.hosts ?? [];
      expect(hosts).toEqual([...new Set(hosts)].sort());
      expect(hosts.filter((host) => !registrableDomain(host) || registrableDomain(host) === host)).toEqual([]);
    },
  );

  it('no domain or host is claimed twice', () => {
    const owners = new Map<string, string[]>();
    for (const { site } of parsedSites) {
      for (const claim of [...site.domains, ...(site.hosts ?? [])]) owners.set(claim, [...(owners.get(claim) ?? []), site.id]);
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([]);
  });

  it('holds at least 60 sites: 25 or more for mainland China and 25 or more elsewhere', () => {
    expect(siteFiles.length).toBeGreaterThanOrEqual(60);
    const chinese = parsedSites.filter(({ site }) => site.regions.includes('cn'));
    expect(chinese.length).toBeGreaterThanOrEqual(25);
    expect(parsedSites.length - chinese.length).toBeGreaterThanOrEqual(25);
  });
});

describe('data/generic files', () => {
  it('cover every category, one file each, named after it', () => {
    expect(genericFiles.map((file) => file.name).sort()).toEqual([...CATEGORIES].sort());
  });

  it.each(genericFiles.map((file) => [file.name, file] as const))('%s parses, names its category and is canonical', (name, file) => {
    const result = GenericGuide.safeParse(file.json);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    if (!result.success) return;
    expect(result.data.category).toBe(name);
    expect(file.text).toBe(canonical(result.data));
  });

  it.each(genericFiles.map((file) => [file.name, file.json as GenericGuide] as const))(
    '%s: generic advice, unique steps, both languages, https only',
    (_name, guide) => {
      const ids = guide.steps.map((step) => step.id);
      expect(ids).toEqual([...new Set(ids)]);
      expect(guide.steps.filter((step) => step.verified)).toEqual([]);
      // The builder points the password step at the custom site's /.well-known/change-password.
      expect(guide.steps.filter((step) => step.kind === 'password' && step.url)).toEqual([]);
      const kinds = guide.steps.map((step) => step.kind);
      for (const kind of ['password', 'two-factor', 'sessions', 'recovery', 'alerts'] as const) expect(kinds).toContain(kind);
      const bad = textsOf(guide).filter(({ en, zh }) => typeof en !== 'string' || !en.trim() || typeof zh !== 'string' || !hasChinese(zh));
      expect(bad.map(({ path }) => path)).toEqual([]);
      expect(urlsOf(guide).filter((url) => !isWellFormedHttps(url))).toEqual([]);
    },
  );

  it('carry the category-specific steps', () => {
    const kindsOf = (category: string) =>
      (genericFiles.find((file) => file.name === category)?.json as GenericGuide | undefined)?.steps.map((step) => step.kind) ?? [];
    expect(kindsOf('email')).toEqual(expect.arrayContaining(['forwarding', 'app-passwords']));
    expect(kindsOf('social')).toContain('connected-apps');
    expect(kindsOf('cloud')).toContain('connected-apps');
    for (const money of ['payment', 'banking']) {
      expect(kindsOf(money)).toEqual(
        expect.arrayContaining(['password-free-payments', 'auto-debit', 'transfer-limits', 'payment-password', 'card-freeze']),
      );
    }
    expect(kindsOf('telecom')).toContain('service-password');
  });

  it('put the strongest second factor first and SMS last', () => {
    for (const file of genericFiles) {
      const how = (file.json as GenericGuide).steps.find((step) => step.kind === 'two-factor')?.how.en ?? '';
      const at = (word: string) => how.toLowerCase().indexOf(word);
      expect(at('security key')).toBeGreaterThanOrEqual(0);
      expect(at('security key')).toBeLessThan(at('authenticator app'));
      expect(at('authenticator app')).toBeLessThan(at('sms'));
    }
  });
});

describe('the real catalogue: search and recognition', () => {
  it.each([
    ['gmail', 'google'],
    ['支付宝', 'alipay'],
    ['icbc.com.cn', 'icbc'],
    ['outlook', 'microsoft'],
    ['icloud', 'apple'],
    ['twitter', 'x'],
  ])('searching %s finds %s first', (query, id) => {
    expect(searchSites(query, SITES)[0]?.id).toBe(id);
  });

  it.each([
    ['https://mail.google.com/', 'google'],
    ['https://accounts.google.com/', 'google'],
    ['https://m.jd.com/', 'jd'],
    ['https://www.icbc.com.cn/', 'icbc'],
    ['https://outlook.live.com/mail/0/', 'microsoft'],
    ['https://www.amazon.co.uk/gp/css/order-history', 'amazon'],
    ['https://help.steampowered.com/en/', 'steam'],
    // Issue 14: Tencent's services share qq.com; the more specific host claim wins.
    ['https://mail.qq.com/cgi-bin/frame_html', 'qq-mail'],
    ['https://weixin.qq.com/', 'wechat'],
    ['https://wx.qq.com/', 'wechat'],
    ['https://im.qq.com/', 'qq'],
    ['https://qq.com/', 'qq'],
    ['https://www.foxmail.com/', 'qq-mail'],
  ])('%s maps to %s', (url, id) => {
    expect(siteForUrl(url, SITES)?.id).toBe(id);
  });

  it('does not map an unknown site or a non-web address', () => {
    expect(siteForUrl('https://forum.example.net/', SITES)).toBeUndefined();
    expect(siteForUrl('chrome://settings/', SITES)).toBeUndefined();
  });
});
