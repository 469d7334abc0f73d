import { describe, expect, it } from 'vitest';
import { cleanRecovery, phoneLabels, unlinkDeleted } from '@/core/recovery/links';
import { phoneLabelWarning } from '@/core/recovery/phone-label';
import { suggestRecovery } from '@/core/recovery/suggest';
import { NOW, account, incident } from '../plan/fixtures';

const mail = account('mail', { category: 'email', label: 'Work mail' });

describe('deleting a mailbox account', () => {
  it('takes it off every account it recovered, with a dated note, and off the leaks that named it', () => {
    const shop = account('shop', { recovery: { mailboxes: ['mail', 'other'], phones: [] } });
    const bank = account('bank', { recovery: { mailboxes: [], phones: ['main phone'] } });
    const leak = incident({ leakedMailboxes: ['mail'] });
    const result = unlinkDeleted(mail, [mail, shop, bank], [leak, incident({ id: 'i2' })], NOW);
    expect(result.accounts).toEqual([
      { ...shop, recovery: { mailboxes: ['other'], phones: [], lost: [{ label: 'Work mail', at: NOW }] }, updatedAt: NOW },
    ]);
    expect(result.incidents).toEqual([{ ...leak, leakedMailboxes: [], updatedAt: NOW }]);
  });
});

describe('phone labels', () => {
  it.each([
    ['main phone, ends 1234', undefined],
    ['主力手机，尾号1234', undefined],
    ['13800138000', 'full-number'],
    ['+44 7700 900123', 'full-number'],
    ['work 138-0013-8000', 'full-number'],
    ['phone pin: 4821', 'secret'],
  ])('%s -> %s', (label, warning) => {
    expect(phoneLabelWarning(label)).toBe(warning);
  });

  it('are listed once each, and cleaned of blanks, duplicates and self-links', () => {
    expect(
      phoneLabels([
        account('a', { recovery: { mailboxes: [], phones: ['a', 'b'] } }),
        account('b', { recovery: { mailboxes: [], phones: ['b'] } }),
      ]),
    ).toEqual(['a', 'b']);
    expect(cleanRecovery('x', { mailboxes: ['x', 'm', 'm'], phones: [' main  phone ', 'main phone', ''] })).toEqual({
      mailboxes: ['m'],
      phones: ['main phone'],
    });
  });
});

describe('catalogue suggestions', () => {
  const alipay = { id: 'alipay', category: 'payment' as const, regions: ['cn' as const] };
  const github = { id: 'github', category: 'work' as const, regions: ['global' as const] };
  it('a mainland payment app resets by SMS to the phone the user already named', () => {
    const other = account('o', { recovery: { mailboxes: [], phones: ['main phone'] } });
    expect(suggestRecovery(account('a', { category: 'payment' }), alipay, [other])).toEqual({
      phone: true,
      phoneLabel: 'main phone',
      mailbox: false,
    });
  });
  it('most sites reset by email, to the only mailbox when there is one', () => {
    expect(suggestRecovery(account('g', { category: 'work' }), github, [mail])).toEqual({ phone: false, mailbox: true, mailboxId: 'mail' });
    expect(suggestRecovery(account('g', { category: 'work' }), github, [mail, account('m2', { category: 'email' })])).toEqual({
      phone: false,
      mailbox: true,
    });
  });
});
