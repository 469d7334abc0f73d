import { describe, expect, it } from 'vitest';
import { buildGuide, effectiveStatus, guideProgress, openSteps, strongestTwoFactor, type Catalogue } from '@/core/guide';
import { sortAccounts } from '@/core/account-order';
import { emptyState, type Account } from '@/core/model';
import type { GenericGuide, Site, SiteStep } from '@/data/schema';

const NOW = 1_764_000_000_000;
const step = (id: string, kind: SiteStep['kind'], risk: SiteStep['risk'], minutes = 2): SiteStep => ({
  id,
  kind,
  risk,
  minutes,
  verified: true,
  title: { en: id, zh_CN: id },
  how: { en: 'how', zh_CN: '做法' },
  why: { en: 'why', zh_CN: '原因' },
});
const mail: Site = {
  id: 'mail',
  names: { en: 'Mail', zh_CN: '邮箱' },
  aliases: [],
  category: 'email',
  regions: ['global'],
  domains: ['mail.example'],
  twoFactor: ['sms', 'totp'],
  urls: { home: 'https://mail.example/' },
  steps: [step('password', 'password', 'high', 3), step('sessions', 'sessions', 'medium')],
  sources: [{ url: 'https://mail.example/help', checked: '2026-11-29' }],
};
const generic: GenericGuide[] = [
  { category: 'other', steps: [step('change-password', 'password', 'high'), step('two-factor', 'two-factor', 'high')] },
];
const catalogue: Catalogue = { siteById: (id) => (id === 'mail' ? mail : undefined), generic };
const account = (id: string, extra: Partial<Account>): Account => ({
  id,
  label: id,
  category: 'other',
  tier: 'other',
  sharedPassword: false,
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});

describe('buildGuide', () => {
  it('uses the catalogue steps of a known site', () => {
    expect(buildGuide(account('a', { siteId: 'mail', category: 'email' }), catalogue).map((s) => s.id)).toEqual(['password', 'sessions']);
  });

  it('gives a custom site the generic guide, with its own well-known change-password address', () => {
    const steps = buildGuide(account('b', { customDomain: 'shop.example.com' }), catalogue);
    expect(steps.map((s) => [s.id, s.url, s.generic])).toEqual([
      ['change-password', 'https://shop.example.com/.well-known/change-password', true],
      ['two-factor', undefined, true],
    ]);
  });
});

describe('step status and progress', () => {
  it.each([
    [undefined, 'open'],
    [{ status: 'pending', at: NOW }, 'open'],
    [{ status: 'done', at: NOW }, 'done'],
    [{ status: 'snoozed', at: NOW, until: NOW + 1 }, 'snoozed'],
    [{ status: 'snoozed', at: NOW, until: NOW }, 'open'],
    [{ status: 'not-applicable', at: NOW }, 'not-applicable'],
  ] as const)('%j -> %s', (state, status) => expect(effectiveStatus(state, NOW)).toBe(status));

  it('counts closed steps and the minutes left', () => {
    const steps = buildGuide(account('a', { siteId: 'mail' }), catalogue);
    expect(guideProgress(steps, { password: { status: 'done-other', at: NOW } }, NOW)).toEqual({ closed: 1, total: 2, minutesLeft: 2 });
    expect(guideProgress(steps, undefined, NOW)).toEqual({ closed: 0, total: 2, minutesLeft: 5 });
  });
});

describe('ordering', () => {
  it('sorts accounts by tier, then shared password, then email before money', () => {
    const accounts = [
      account('game', { tier: 'other', category: 'games' }),
      account('bank', { tier: 'critical', category: 'banking' }),
      account('mail', { tier: 'critical', category: 'email' }),
      account('shop', { tier: 'critical', category: 'shopping', sharedPassword: true }),
    ];
    expect(sortAccounts(accounts).map((a) => a.id)).toEqual(['shop', 'mail', 'bank', 'game']);
  });

  it('lists open steps high risk first, then by account rank, skipping closed and snoozed ones', () => {
    const state = emptyState();
    state.accounts = [
      account('custom', { customDomain: 'x.example' }),
      account('m', { siteId: 'mail', category: 'email', tier: 'critical' }),
    ];
    state.steps = {
      m: { password: { status: 'done', at: NOW } },
      custom: { 'two-factor': { status: 'snoozed', at: NOW, until: NOW + 1000 } },
    };
    expect(openSteps(state, catalogue, NOW).map((o) => `${o.account.id}:${o.step.id}`)).toEqual(['custom:change-password', 'm:sessions']);
  });

  it('picks the strongest second factor', () => {
    expect(strongestTwoFactor(['sms', 'totp', 'u2f'])).toBe('u2f');
    expect(strongestTwoFactor(['sms', 'email'])).toBe('sms');
    expect(strongestTwoFactor([])).toBeUndefined();
  });
});
