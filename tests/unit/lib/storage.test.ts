import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadState, watchState } from '@/lib/storage';
import { removeAccount, restore, saveAccount, saveStepState, updateSettings } from '@/lib/storage-writes';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { NOW, mailAccount } from '../helpers/records';

describe('storage module', () => {
  it('reads defaults from empty storage', async () => {
    const { state, invalid, quarantine } = await loadState();
    expect(state.accounts).toEqual([]);
    expect(state.settings.language).toBe('auto');
    expect(invalid).toEqual([]);
    expect(quarantine).toEqual([]);
  });

  it('round-trips accounts and step states through storage', async () => {
    await saveAccount(mailAccount('a1'));
    await saveStepState('a1', 'change-password', { status: 'done', at: NOW });
    const { state } = await loadState();
    expect(state.accounts.map((a) => a.id)).toEqual(['a1']);
    expect(state.steps.a1?.['change-password']?.status).toBe('done');
  });

  it('keeps a value that fails to parse aside and reports it', async () => {
    await fakeBrowser.storage.local.set({ 'account:bad': { id: 'bad', tier: 42 } });
    const { state, quarantine } = await loadState();
    expect(state.accounts).toEqual([]);
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ raw: { id: 'bad', tier: 42 } });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['account:bad']).toBeUndefined();
    expect(Object.keys(raw).some((key) => key.startsWith('quarantine:') && key.endsWith(':account:bad'))).toBe(true);
  });

  it('removes an account with its step states, and undo restores both exactly', async () => {
    await saveAccount(mailAccount('a1'));
    await saveStepState('a1', 'devices', { status: 'not-applicable', at: NOW, note: 'no devices page' });
    const taken = await removeAccount('a1');
    expect((await loadState()).state.accounts).toEqual([]);
    await restore(taken);
    const { state } = await loadState();
    expect(state.accounts[0]).toEqual(mailAccount('a1'));
    expect(state.steps.a1?.devices?.note).toBe('no devices page');
  });

  it('loses no settings update when two writers change different fields at once', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, language: 'zh_CN' })),
      updateSettings((s) => ({ ...s, reminders: { ...s.reminders, time: '08:30' } })),
      updateSettings((s) => ({ ...s, sync: true })),
    ]);
    const { settings } = (await loadState()).state;
    expect(settings).toMatchObject({ language: 'zh_CN', sync: true, reminders: { time: '08:30' } });
  });

  it('tells watchers about changes made elsewhere', async () => {
    const seen: string[][] = [];
    const stop = watchState((loaded) => seen.push(loaded.state.accounts.map((a) => a.id)));
    await saveAccount(mailAccount('a2'));
    // Wait for the re-read rather than a fixed time: a busy CI machine can take longer than any guess.
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['a2']), { timeout: 5_000 });
    stop();
  });
});

describe('watchState under a burst of writes', () => {
  it('never hands a view an older read that finished after a newer one', async () => {
    const realGet = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let slowed = 0;
    let slowReadDone = false;
    let readsInFlight = 0;
    const spy = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys?: unknown) => {
      readsInFlight += 1;
      try {
        const result = await realGet(keys as null);
        // The view's read of everything after the first write is slow: it finishes after the next one.
        if (keys == null && 'account:a1' in result && !('account:a2' in result) && slowed++ === 0) {
          await new Promise((resolve) => setTimeout(resolve, 60));
          slowReadDone = true;
        }
        return result;
      } finally {
        readsInFlight -= 1;
      }
    });
    await fakeBrowser.storage.local.set({ schema: CURRENT_SCHEMA });
    const seen: string[][] = [];
    const stop = watchState((loaded) => seen.push(loaded.state.accounts.map((a) => a.id)));
    await saveAccount(mailAccount('a1'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveAccount(mailAccount('a2'));
    // Settle on events, not on a fixed wait: the slow read has returned and no read is left in flight.
    const settled = () => expect({ slowReadDone, readsInFlight }).toEqual({ slowReadDone: true, readsInFlight: 0 });
    await vi.waitFor(settled, { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await vi.waitFor(settled, { timeout: 5_000 });
    stop();
    spy.mockRestore();
    expect(slowed).toBeGreaterThan(0);
    expect(seen.at(-1)).toEqual(['a1', 'a2']);
  });
});

describe('ids that are names of Object.prototype members', () => {
  it.each(['valueOf', 'toString', 'hasOwnProperty', '__proto__', 'constructor'])('keep the step states of account %s', async (id) => {
    await saveAccount(mailAccount(id));
    await saveStepState(id, 'devices', { status: 'done', at: NOW });
    await saveStepState(id, '__proto__', { status: 'snoozed', at: NOW, until: NOW + 1 });
    const { state, invalid } = await loadState();
    expect(invalid).toEqual([]);
    expect(Object.hasOwn(state.steps, id)).toBe(true);
    expect(state.steps[id]?.devices?.status).toBe('done');
    expect(Object.getOwnPropertyDescriptor(state.steps[id], '__proto__')?.value).toMatchObject({ status: 'snoozed' });
    expect(({} as Record<string, unknown>).devices).toBeUndefined();
    expect((Object.prototype.valueOf as unknown as Record<string, unknown>).devices).toBeUndefined();
  });
});

describe('state changes from two places at once', () => {
  it('a note and a snooze on the same step both land (per-record lock)', async () => {
    const { setNote, setStatus, stepRef } = await import('@/lib/actions');
    const ref = stepRef('a1', 'devices');
    await Promise.all([
      setStatus(ref, 'snoozed', Date.now() + 86_400_000),
      setNote(ref, 'checked the laptop'),
      setNote(ref, 'checked the laptop and phone'),
    ]);
    const stored = (await loadState()).state.steps.a1?.devices;
    expect(stored?.status).toBe('snoozed');
    expect(stored?.note).toBe('checked the laptop and phone');
  });
});
