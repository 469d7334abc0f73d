import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/core/plan';
import { lockDownAccounts } from '@/core/plan/lock-down';
import { recoveryExposure } from '@/core/plan/recovery';
import { account, catalogue, incident, stateWith } from './fixtures';

const alipay = account('alipay', { category: 'payment', label: 'Alipay', recovery: { mailboxes: [], phones: ['main phone'] } });
const icbc = account('icbc', { category: 'banking', label: 'ICBC', recovery: { mailboxes: ['mail'], phones: ['main phone'] } });
const mail = account('mail', { category: 'email', label: 'Mail', recovery: { mailboxes: [], phones: ['old phone'] } });
const shop = account('shop', { label: 'Shop', recovery: { mailboxes: ['mail'], phones: [] } });
const accounts = [alipay, icbc, mail, shop];

describe('the recovery map drives the lock-down', () => {
  it('a leaked phone brings every account that resets by SMS to it, with the phone as the reason', () => {
    const leak = incident({ leaked: ['phone', 'id-number'] });
    expect([...recoveryExposure(leak, accounts)]).toEqual([
      ['alipay', { via: 'phone', route: 'main phone' }],
      ['icbc', { via: 'phone', route: 'main phone' }],
      ['mail', { via: 'phone', route: 'old phone' }],
    ]);
    const picked = incident({ leaked: ['phone'], leakedPhones: ['main phone'] });
    expect(
      lockDownAccounts(picked, accounts)
        .map(({ account: a }) => a.id)
        .sort(),
    ).toEqual(['alipay', 'icbc']);
    const tasks = buildPlan(picked, stateWith({ accounts }), catalogue).filter((task) => task.phase === 'lock-down' && task.accountStep);
    expect(new Set(tasks.map((task) => task.accountStep!.accountId))).toEqual(new Set(['alipay', 'icbc']));
    for (const task of tasks) expect(task.why).toEqual({ key: 'recovery.why.phone', vars: { route: 'main phone' } });
  });

  it('a leaked mailbox brings the accounts it resets; nothing joins when neither leaked', () => {
    const leak = incident({ leaked: ['email'], leakedMailboxes: ['mail'] });
    expect(
      lockDownAccounts(leak, accounts)
        .map(({ account: a }) => a.id)
        .sort(),
    ).toEqual(['icbc', 'shop']);
    expect(lockDownAccounts(incident({ leaked: ['address'] }), accounts)).toEqual([]);
  });

  it('a mailbox that resets several money accounts is flagged to harden first', () => {
    const wise = account('wise', { category: 'payment', recovery: { mailboxes: ['mail'], phones: [] } });
    const leak = incident({ leaked: ['address'], accountIds: ['mail'] });
    const tasks = buildPlan(leak, stateWith({ accounts: [...accounts, wise] }), catalogue).filter(
      (task) => task.accountStep?.accountId === 'mail',
    );
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) expect(task.why).toEqual({ key: 'recovery.why.hardenFirst', vars: { count: 2 } });
  });
});

describe('what the map adds to a plan', () => {
  it('groups the accounts each leaked route brings in, and points out rings and accounts with no way back', async () => {
    const { recoveryNotes } = await import('@/core/plan/recovery-notes');
    const a = account('a', { category: 'email', label: 'A', recovery: { mailboxes: ['b'], phones: [] } });
    const b = account('b', { category: 'email', label: 'B', recovery: { mailboxes: ['a'], phones: [] } });
    const stranded = account('s', { label: 'Stranded', recovery: { mailboxes: [], phones: [] } });
    const leak = incident({ leaked: ['phone'], leakedPhones: ['main phone'], accountIds: ['a', 's'] });
    const notes = recoveryNotes(leak, stateWith({ accounts: [alipay, icbc, a, b, stranded] }), catalogue, 0);
    expect(notes).toEqual([
      { kind: 'route', via: 'phone', route: 'main phone', accounts: [alipay, icbc] },
      { kind: 'cycle', accounts: [a, b] },
      { kind: 'no-recovery', account: stranded },
    ]);
    expect(recoveryNotes(incident({ leaked: ['address'] }), stateWith({ accounts: [alipay] }), catalogue, 0)).toEqual([]);
  });
});
