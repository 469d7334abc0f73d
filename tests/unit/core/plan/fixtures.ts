// A tiny catalogue and helpers for the plan tests: one email site with its own steps, generic steps for the rest.
import type { Catalogue } from '@/core/guide';
import { emptyState, type Account, type AppState, type Incident } from '@/core/model';
import type { GenericGuide, Site, SiteStep } from '@/data/schema';

export const NOW = 1_764_000_000_000;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const step = (id: string, kind: SiteStep['kind'], risk: SiteStep['risk'], url?: string): SiteStep => ({
  id,
  kind,
  risk,
  minutes: 3,
  verified: true,
  ...(url ? { url } : {}),
  title: { en: `Step ${id}`, zh_CN: `步骤 ${id}` },
  how: { en: 'how', zh_CN: '做法' },
  why: { en: 'why', zh_CN: '原因' },
});

const mailSite: Site = {
  id: 'mail',
  names: { en: 'Mail', zh_CN: '邮箱' },
  aliases: [],
  category: 'email',
  regions: ['global'],
  domains: ['mail.example'],
  twoFactor: ['totp'],
  urls: { home: 'https://mail.example/' },
  steps: [
    step('password', 'password', 'high', 'https://mail.example/password'),
    step('forwarding', 'forwarding', 'medium'),
    step('alerts', 'alerts', 'low'),
  ],
  sources: [{ url: 'https://mail.example/help', checked: '2026-11-29' }],
};

const generic: GenericGuide[] = [
  { category: 'other', steps: [step('change-password', 'password', 'high'), step('sessions', 'sessions', 'medium')] },
];

export const catalogue: Catalogue = { siteById: (id) => (id === 'mail' ? mailSite : undefined), generic };

export const account = (id: string, extra: Partial<Account> = {}): Account => ({
  id,
  label: id,
  category: 'other',
  tier: 'other',
  sharedPassword: false,
  createdAt: NOW - 30 * DAY,
  updatedAt: NOW - 30 * DAY,
  ...extra,
});

export const incident = (extra: Partial<Incident> = {}): Incident => ({
  id: 'inc1',
  discoveredAt: NOW,
  source: 'ShopCo',
  howLearned: 'breach-notice',
  leaked: ['email'],
  passwordReused: false,
  cardSecretsLeaked: false,
  region: 'cn',
  accountIds: [],
  createdAt: NOW,
  updatedAt: NOW,
  ...extra,
});

export function stateWith(extra: Partial<AppState> = {}): AppState {
  return { ...emptyState(), ...extra };
}
