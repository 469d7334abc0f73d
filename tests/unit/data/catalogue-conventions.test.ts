// The catalogue's own conventions: every data/sites/<id>.json and data/generic/<category>.json parses, is in
// canonical form (so diffs stay small and reviews easy), uses https only, speaks both languages, and does not
// claim a domain another file claims. Then a search/recognition check against the real catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GenericGuide, Site, TWO_FACTOR_METHODS } from '@/data/schema';
import { sites as catalogueSites } from '@/data/catalogue';
import { searchableSites } from '@/data/site-search';
import { CATEGORIES } from '@/core/model';
import { registrableDomain } from '@/core/domains';
import { searchSites, siteForUrl } from '@/core/sites';
import { twoFactorBanner } from '@/core/two-factor-banner';

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
    expect(searchSites(query, searchableSites())[0]?.id).toBe(id);
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
    expect(siteForUrl(url, catalogueSites())?.id).toBe(id);
  });

  it('does not map an unknown site or a non-web address', () => {
    expect(siteForUrl('https://forum.example.net/', catalogueSites())).toBeUndefined();
    expect(siteForUrl('chrome://settings/', catalogueSites())).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// "Verified" means a source confirms it, and the two-factor banner says only what a source supports (issue 14).

/** Domains a site's company also runs its help on (Tencent's kf.qq.com for WeChat, Meta's for Instagram...). */
const COMPANY_DOMAINS: Record<string, string[]> = {
  wechat: ['qq.com', 'tencent.com'],
  'qq-mail': ['qq.com', 'tencent.com'],
  qq: ['tencent.com'],
  instagram: ['facebook.com', 'meta.com'],
  whatsapp: ['facebook.com', 'meta.com'],
  facebook: ['meta.com'],
  taobao: ['alibaba.com'],
  alipay: ['antgroup.com'],
  aliyun: ['alibabacloud.com'],
  boc: ['bankofchina.com'],
  'netease-mail': ['netease.com'],
  apple: ['icloud.com'],
};

/** Registrable domains that count as the site's own: its domains, its home page's, and its company's. */
function ownDomains(site: Site): Set<string> {
  const home = registrableDomain(new URL(site.urls.home).hostname);
  return new Set([...site.domains, ...(home ? [home] : []), ...(COMPANY_DOMAINS[site.id] ?? [])]);
}

const isOwnSource = (site: Site, url: string) => ownDomains(site).has(registrableDomain(new URL(url).hostname) ?? '');

/** The step ids a source note says it confirms: "... (confirms: change-password, two-step)". */
function confirmedSteps(note: string | undefined): string[] {
  const match = /\(confirms: ([a-z0-9-]+(?:, [a-z0-9-]+)*)\)/.exec(note ?? '');
  return match ? match[1]!.split(', ') : [];
}

const TWO_FACTOR_CONTEXT =
  /2fa|two-factor|two-step|2-step|2sv|second step|双重|两步|登录保护|double verification|dynamic (password|code)|e-token|usb ?key|u盾|k宝|口令卡|网银盾/i;
const METHOD_WORDS: Record<(typeof TWO_FACTOR_METHODS)[number], RegExp> = {
  sms: /\bsms\b|text message|短信/i,
  call: /\bcall\b|voice/i,
  email: /e-?mail/i,
  totp: /\btotp\b|authenticator/i,
  u2f: /\bu2f\b|security key|passkey/i,
  'custom-software': /custom-software|prompt|steam mobile|app approval|in the app|own app/i,
  'custom-hardware': /custom-hardware|token|usb ?key|u盾|k宝|口令卡|网银盾|密码器/i,
};

describe('verified means a source confirms it', () => {
  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))(
    "%s: each verified step is confirmed by a source on the site's own (or its company's) domain",
    (_name, site) => {
      const confirmed = new Set(
        site.sources.filter((source) => isOwnSource(site, source.url)).flatMap((source) => confirmedSteps(source.note)),
      );
      const unconfirmed = site.steps.filter((step) => step.verified && !confirmed.has(step.id)).map((step) => step.id);
      expect(unconfirmed).toEqual([]);
      // A note may only confirm steps that exist, and only from the site's own domain.
      const ids = new Set(site.steps.map((step) => step.id));
      for (const source of site.sources) {
        const named = confirmedSteps(source.note);
        expect(
          named.filter((id) => !ids.has(id)),
          source.url,
        ).toEqual([]);
        if (named.length) expect(isOwnSource(site, source.url), source.url).toBe(true);
      }
    },
  );

  it("Google's steps are verified by Google's own help pages, one per step", () => {
    const google = parsedSites.find(({ site }) => site.id === 'google')!.site;
    const verified = google.steps.filter((step) => step.verified);
    expect(verified.map((step) => step.id)).toEqual(['change-password', 'two-step', 'devices', 'recovery', 'forwarding', 'third-party']);
    for (const step of verified) {
      const sources = google.sources.filter((source) => confirmedSteps(source.note).includes(step.id));
      expect(sources.length, step.id).toBeGreaterThan(0);
      expect(
        sources.every((source) => /^https:\/\/support\.google\.com\//.test(source.url)),
        step.id,
      ).toBe(true);
    }
  });
});

describe('the two-factor banner states only what a source supports', () => {
  const twoFactorNotes = (site: Site) => site.sources.map((source) => source.note ?? '').filter((note) => TWO_FACTOR_CONTEXT.test(note));

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))(
    '%s: every listed method is named by a source on two-step verification',
    (_name, site) => {
      const notes = twoFactorNotes(site);
      expect(site.twoFactor.filter((method) => !notes.some((note) => METHOD_WORDS[method].test(note)))).toEqual([]);
    },
  );

  it.each(parsedSites.map(({ file, site }) => [file.name, site] as const))(
    '%s: "offers none" only with a source that says so and none that disagrees',
    (_name, site) => {
      if (site.twoFactor.length || site.twoFactorUnknown) return;
      const notes = site.sources.map((source) => source.note ?? '');
      expect(notes.some((note) => /no 2fa|offering none|offers? none|as offering no/i.test(note))).toBe(true);
      expect(twoFactorNotes(site).filter((note) => /conflict/i.test(note))).toEqual([]);
    },
  );

  it('Weibo, whose sources conflict, says the method is unknown', () => {
    const weibo = parsedSites.find(({ site }) => site.id === 'weibo')!.site;
    expect(weibo.twoFactorUnknown).toBe(true);
  });

  it.each([
    ['whatsapp', 'pin'],
    ['telegram', 'password'],
  ] as const)('%s: the second factor is a %s the user sets, and the banner says so', (id, secret) => {
    const site = parsedSites.find(({ site }) => site.id === id)!.site;
    expect(site.twoFactorSecret).toBe(secret);
    const word = secret === 'pin' ? /\bPIN\b/ : /password/i;
    expect(twoFactorNotes(site).some((note) => word.test(note))).toBe(true);
    expect(twoFactorBanner(site).key).toBe(`guide.twoFactorSecret.${secret}`);
  });

  it('a PIN or password second factor is claimed only with a source naming it', () => {
    for (const { site } of parsedSites.filter(({ site }) => site.twoFactorSecret)) {
      const word = site.twoFactorSecret === 'pin' ? /\bPIN\b/ : /password/i;
      expect(
        twoFactorNotes(site).some((note) => word.test(note)),
        site.id,
      ).toBe(true);
    }
  });
});

describe('coverage: every email, banking and payment guide covers the topics of its category', () => {
  const EMAIL_TOPICS = ['password', 'two-factor', 'recovery', 'sessions', 'alerts', 'connected-apps'] as const;
  const MONEY_TOPICS = [...EMAIL_TOPICS, 'transfer-limits', 'password-free-payments', 'auto-debit'] as const;
  const guides = parsedSites.filter(({ site }) => ['email', 'banking', 'payment'].includes(site.category));

  it('applies to the critical guides (the table below really ran)', () => {
    expect(guides.length).toBeGreaterThanOrEqual(25);
  });

  it.each(guides.map(({ file, site }) => [file.name, site] as const))(
    '%s: a step for each topic, or one saying where to look and that it may not exist',
    (_name, site) => {
      const topics = site.category === 'email' ? EMAIL_TOPICS : MONEY_TOPICS;
      const kinds = new Set(site.steps.map((step) => step.kind));
      expect(topics.filter((topic) => !kinds.has(topic))).toEqual([]);
      // A second factor is never offered without saying why it matters.
      for (const step of site.steps.filter((s) => s.kind === 'two-factor')) {
        expect(step.why.en.length, step.id).toBeGreaterThan(30);
        expect(hasChinese(step.why.zh_CN), step.id).toBe(true);
      }
    },
  );

  it.each(['email', 'banking', 'payment'])('the generic %s guide covers them too', (category) => {
    const guide = genericFiles.find((file) => file.name === category)!.json as GenericGuide;
    const topics = category === 'email' ? EMAIL_TOPICS : MONEY_TOPICS;
    const kinds = new Set(guide.steps.map((step) => step.kind));
    expect(topics.filter((topic) => !kinds.has(topic))).toEqual([]);
  });
});
