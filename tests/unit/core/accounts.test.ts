import { describe, expect, it } from 'vitest';
import { defaultTier, type AccountDraft } from '@/core/accounts';
import { effectiveRegion } from '@/core/regions';
import { accountSiteKey, checkDraft, createAccount } from '@/core/account-drafts';
import type { Account } from '@/core/model';
import { NOW, personalMail } from '../helpers/records';

const existing: Account[] = [
  personalMail,
  {
    id: 'a2',
    customName: 'Forum',
    customDomain: 'example.org',
    label: 'Forum',
    category: 'other',
    tier: 'other',
    sharedPassword: false,
    createdAt: NOW,
    updatedAt: NOW,
  },
];
const site = (label: string): AccountDraft => ({ siteId: 'google', label, category: 'email', tier: 'critical', sharedPassword: false });
const custom = (name: string, domain: string, label: string): AccountDraft => ({
  customName: name,
  customDomain: domain,
  label,
  category: 'other',
  tier: 'other',
  sharedPassword: false,
});

describe('defaultTier', () => {
  it.each([
    ['email', 'critical'],
    ['banking', 'critical'],
    ['payment', 'critical'],
    ['telecom', 'important'],
    ['government', 'important'],
    ['shopping', 'important'],
    ['social', 'important'],
    ['games', 'other'],
    ['other', 'other'],
  ] as const)('%s -> %s', (category, tier) => expect(defaultTier(category)).toBe(tier));
});

describe('checkDraft', () => {
  it.each([
    ['a fine catalogue account', site('Work mail'), []],
    ['an empty label', site('   '), ['label-empty']],
    ['an overlong label', site('x'.repeat(101)), ['label-too-long']],
    ['the same site with the same label (any case)', site('personal MAIL'), ['duplicate']],
    ['a custom site without a name', custom(' ', 'shop.example.com', 'Shop'), ['name-empty']],
    ['a custom site with an invalid address', custom('Shop', 'not a domain', 'Shop'), ['domain-invalid']],
    ['an IP address', custom('Router', '192.168.1.1', 'Router'), ['domain-invalid']],
    ['a custom site duplicating by registrable domain', custom('Forum', 'https://www.example.org/x', 'forum'), ['duplicate']],
    ['a custom site on the same domain with another label', custom('Forum', 'example.org', 'Forum 2'), []],
  ] as const)('%s', (_name, draft, errors) => {
    expect(checkDraft(draft, existing)).toEqual(errors);
  });

  it('lets an account keep its own label when edited', () => {
    expect(checkDraft(site('Personal mail'), existing, 'a1')).toEqual([]);
  });
});

describe('createAccount', () => {
  it('stores the registrable domain of a custom site and trims the label', () => {
    const account = createAccount(custom(' Forum ', 'https://www.forum.example.co.uk/login', ' My forum '), 'x1', NOW);
    expect(account).toEqual({
      id: 'x1',
      customName: 'Forum',
      customDomain: 'example.co.uk',
      label: 'My forum',
      category: 'other',
      tier: 'other',
      sharedPassword: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(accountSiteKey(account)).toBe('domain:example.co.uk');
  });
});

describe('effectiveRegion', () => {
  it.each([
    ['auto', 'zh-CN', 'cn'],
    ['auto', 'zh', 'cn'],
    ['auto', 'en-GB', 'uk'],
    ['auto', 'en-US', 'us'],
    ['auto', 'de', 'other'],
    ['uk', 'zh-CN', 'uk'],
  ] as const)('%s with UI %s -> %s', (setting, ui, region) => expect(effectiveRegion(setting, ui)).toBe(region));
});
