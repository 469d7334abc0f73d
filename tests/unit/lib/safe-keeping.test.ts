// Storage problems are shown, never hidden, and nothing kept aside is lost: unreadable stored data says why,
// full storage still opens, kept-aside values can be put back, and discarding one can be undone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { toSyncItem } from '@/core/sync';
import { StorageProblem, loadState } from '@/lib/storage';
import { removeQuarantined, restore, restoreKeptAside, saveAccount, saveStepState, updateSettings } from '@/lib/storage-writes';
import { runSync } from '@/lib/sync';
import { NOW, mailAccount } from '../helpers/records';

const everything = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stored data this version cannot read', () => {
  it.each([[-1], [0.5], ['1']])('a broken schema mark (%j) is a StorageProblem, and nothing is written', async (mark) => {
    await fakeBrowser.storage.local.set({ schema: mark, 'account:a1': mailAccount('a1') });
    const before = JSON.stringify(await everything());
    const error = await loadState().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageProblem);
    expect((error as StorageProblem).kind).toBe('badMark');
    expect(JSON.stringify(await everything())).toBe(before);
  });

  it('data from a newer version is a StorageProblem that names its version', async () => {
    await fakeBrowser.storage.local.set({ schema: CURRENT_SCHEMA + 1, 'account:a1': { id: 'a1', shape: 'new' } });
    const error = await loadState().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'newer', detail: String(CURRENT_SCHEMA + 1) });
  });

  it('full storage and a value that does not fit: the rest still loads, the value stays and is listed', async () => {
    await fakeBrowser.storage.local.set({
      schema: CURRENT_SCHEMA,
      'account:a1': mailAccount('a1'),
      'account:bad': { id: 'bad', tier: 42 },
    });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const loaded = await loadState();
    expect(loaded.state.accounts.map((a) => a.id)).toEqual(['a1']);
    expect(loaded.invalid.map((item) => item.key)).toEqual(['account:bad']);
    vi.restoreAllMocks();
    expect((await everything())['account:bad']).toEqual({ id: 'bad', tier: 42 });
  });
});

describe('kept-aside values', () => {
  it('discarding one can be undone exactly', async () => {
    await fakeBrowser.storage.local.set({ 'quarantine:5:account:old': { raw: { id: 'old', tier: 42 }, error: 'tier', at: 5 } });
    const taken = await removeQuarantined('quarantine:5:account:old');
    expect((await loadState()).quarantine).toEqual([]);
    await restore(taken);
    expect((await loadState()).quarantine).toEqual([
      { key: 'quarantine:5:account:old', raw: { id: 'old', tier: 42 }, error: 'tier', at: 5, restorable: false },
    ]);
    await expect(removeQuarantined('account:a1')).rejects.toThrow(/Not kept aside/);
  });

  it('a deletion from another browser keeps this browser’s unsynced progress aside; putting it back brings the account and its progress, and sync no longer deletes it', async () => {
    await updateSettings((s) => ({ ...s, sync: true }));
    await saveAccount(mailAccount('a1'));
    await saveStepState('a1', 'devices', { status: 'done', at: NOW, note: 'signed out the old phone' });
    await runSync(NOW);
    // Another browser deletes it.
    await fakeBrowser.storage.sync.set({ 'acct:a1': { id: 'a1', deleted: true, updatedAt: NOW + 1000 } });
    await runSync(NOW + 2000);
    const loaded = await loadState();
    expect(loaded.state.accounts).toEqual([]);
    expect(loaded.quarantine.map((item) => [item.key, item.error, item.restorable])).toEqual([
      [`quarantine:${NOW + 2000}:account:a1`, 'deleted-elsewhere', true],
      [`quarantine:${NOW + 2000}:step:a1:devices`, 'deleted-elsewhere', true],
    ]);
    const written = await restoreKeptAside(`quarantine:${NOW + 2000}:account:a1`, NOW + 3000);
    expect(written.sort()).toEqual(['account:a1', 'step:a1:devices']);
    const back = await loadState();
    expect(back.quarantine).toEqual([]);
    expect(back.state.steps.a1?.devices?.note).toBe('signed out the old phone');
    await runSync(NOW + 4000);
    expect((await loadState()).state.accounts.map((a) => a.id)).toEqual(['a1']);
    expect(await fakeBrowser.storage.sync.get('acct:a1')).toEqual({
      'acct:a1': toSyncItem({ ...mailAccount('a1'), updatedAt: NOW + 3000 }),
    });
  });

  it('an account with no progress here is simply removed by a deletion elsewhere', async () => {
    await updateSettings((s) => ({ ...s, sync: true }));
    await saveAccount(mailAccount('a1'));
    await runSync(NOW);
    await fakeBrowser.storage.sync.set({ 'acct:a1': { id: 'a1', deleted: true, updatedAt: NOW + 1000 } });
    await runSync(NOW + 2000);
    expect((await loadState()).quarantine).toEqual([]);
  });

  it('is not put back over a record that is there now, nor when it still does not fit', async () => {
    await saveAccount(mailAccount('a1'));
    await fakeBrowser.storage.local.set({
      'quarantine:5:account:a1': { raw: mailAccount('a1', { label: 'older' }), error: 'deleted-elsewhere', at: 5 },
      'quarantine:5:account:bad': { raw: { id: 'bad' }, error: 'label', at: 5 },
    });
    expect(await restoreKeptAside('quarantine:5:account:a1')).toEqual([]);
    expect(await restoreKeptAside('quarantine:5:account:bad')).toEqual([]);
    expect((await loadState()).quarantine).toHaveLength(2);
  });
});
