import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toSyncItem } from '@/core/sync';
import { readSyncStatus, runSync } from '@/lib/sync';
import { loadState } from '@/lib/storage';
import { removeAccount, saveAccount, saveStepState, updateSettings } from '@/lib/storage-writes';
import { NOW, mailAccount } from '../helpers/records';

const syncArea = () => fakeBrowser.storage.sync.get(null);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runSync', () => {
  it('does nothing while sync is off', async () => {
    await saveAccount(mailAccount('a1'));
    await runSync(NOW);
    expect(await syncArea()).toEqual({});
  });

  it('sends the account list, brings in other browsers’ accounts, and never sends step states', async () => {
    await updateSettings((s) => ({ ...s, sync: true }));
    await saveAccount(mailAccount('a1'));
    await saveStepState('a1', 'devices', { status: 'done', at: NOW, note: 'private note' });
    await fakeBrowser.storage.sync.set({ 'acct:b1': toSyncItem(mailAccount('b1', { label: 'From the laptop' })) });
    await runSync(NOW);
    expect(Object.keys(await syncArea()).sort()).toEqual(['acct:a1', 'acct:b1']);
    expect(JSON.stringify(await syncArea())).not.toContain('private note');
    expect((await loadState()).state.accounts.map((a) => a.label).sort()).toEqual(['From the laptop', 'Mail a1']);
    expect(await readSyncStatus()).toEqual({ lastSync: NOW, skipped: 0, withheld: 0 });
  });

  it('turns a deletion here into a tombstone there', async () => {
    await updateSettings((s) => ({ ...s, sync: true }));
    await saveAccount(mailAccount('a1'));
    await runSync(NOW);
    await removeAccount('a1');
    await runSync(NOW + 1000);
    expect(await syncArea()).toEqual({ 'acct:a1': { id: 'a1', deleted: true, updatedAt: NOW + 1000 } });
  });

  it('reports a full sync area and keeps local data as it was', async () => {
    await updateSettings((s) => ({ ...s, sync: true }));
    await saveAccount(mailAccount('a1'));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await runSync(NOW);
    expect(await readSyncStatus()).toEqual({ lastSync: NOW, skipped: 0, withheld: 0, error: 'quota' });
    expect((await loadState()).state.accounts).toEqual([mailAccount('a1')]);
  });
});
