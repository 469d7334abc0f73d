import { describe, expect, it } from 'vitest';
import { buildRecoveryMap, mailboxCycles } from '@/core/recovery/map';
import { NOW, account, catalogue, stateWith } from '../plan/fixtures';

const phone = (...phones: string[]) => ({ mailboxes: [], phones });
const boxes = (...mailboxes: string[]) => ({ mailboxes, phones: [] });

describe('buildRecoveryMap', () => {
  it('hangs each account off its phones and mailboxes, worst state first, phones before mailboxes', () => {
    const mail = account('mail', { category: 'email', label: 'Mail', recovery: phone('main phone') });
    const alipay = account('alipay', { category: 'payment', label: 'Alipay', recovery: phone('main phone') });
    const icbc = account('icbc', {
      category: 'banking',
      label: 'ICBC',
      sharedPassword: true,
      recovery: { mailboxes: ['mail'], phones: ['main phone'] },
    });
    const wise = account('wise', { category: 'payment', label: 'Wise', recovery: boxes('mail') });
    const loose = account('loose', { label: 'Loose' });
    const done = { status: 'done' as const, at: NOW };
    const state = stateWith({
      accounts: [mail, alipay, icbc, wise, loose],
      steps: { alipay: { 'change-password': done, sessions: done } },
    });
    const map = buildRecoveryMap(state, catalogue, NOW);
    expect(map.hubs.map((hub) => [hub.label, hub.dependents.map((d) => `${d.account.label}:${d.status}`), hub.hardenFirst])).toEqual([
      ['main phone', ['ICBC:leaked-password', 'Mail:open', 'Alipay:secured'], false],
      ['Mail', ['ICBC:leaked-password', 'Wise:open'], true],
    ]);
    expect(map.unmapped.map((d) => d.account.id)).toEqual(['loose']);
    expect(map.noRecovery).toEqual([]);
  });

  it('points out an account with no recovery left, and the route its deleted mailbox took with it', () => {
    const orphan = account('o', { recovery: { mailboxes: [], phones: [], lost: [{ label: 'Old mail', at: NOW }] } });
    const map = buildRecoveryMap(stateWith({ accounts: [orphan] }), catalogue, NOW);
    expect(map.noRecovery.map((d) => d.account.id)).toEqual(['o']);
    expect(map.lost).toEqual([{ account: orphan, label: 'Old mail', at: NOW }]);
  });

  it('finds each ring of mailboxes resetting one another once', () => {
    const a = account('a', { category: 'email', recovery: boxes('b') });
    const b = account('b', { category: 'email', recovery: boxes('c') });
    const c = account('c', { category: 'email', recovery: boxes('a') });
    const d = account('d', { category: 'email', recovery: boxes('a') });
    expect(mailboxCycles([a, b, c, d]).map((ring) => ring.map((x) => x.id).sort())).toEqual([['a', 'b', 'c']]);
    expect(mailboxCycles([a, account('b', { category: 'email' })])).toEqual([]);
  });
});
