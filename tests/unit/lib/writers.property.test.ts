// Every writer at once, in any order (property): the edit-account form, the leak form's "shares a leaked
// password" ticks, the reminder toggle and settings (views), a snooze and a note (background and view), sync and
// an import. Each takes the one data lock and changes only what it means to change, so nothing is lost.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupText, buildBackup, stateToRecords } from '@/core/backup';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { DEFAULT_SETTINGS, emptyState, type Account } from '@/core/model';
import { toSyncItem } from '@/core/sync';
import { setNote, stepRef, updateAccount } from '@/lib/actions';
import { prepareImport } from '@/lib/backup';
import { saveIncidentWithAccounts } from '@/lib/leak-actions';
import { snoozeItem } from '@/lib/snooze';
import { loadState } from '@/lib/storage';
import { StaleImportError, applyImport, updateAccountFields, updateSettings } from '@/lib/storage-writes';
import { runSync } from '@/lib/sync';
import { mailAccount } from '../helpers/records';

const NOW = Date.now();
/** A mail account made a second before the test, on the real clock that snoozes and sync use. */
const account = (id: string, changes: Partial<Account> = {}): Account =>
  mailAccount(id, { createdAt: NOW - 1000, updatedAt: NOW - 1000, ...changes });

/** Lets other writers run first: a number of event-loop turns. */
const later = async (turns: number) => {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** An import the way the page does it: a plan made stale by another writer is made again and confirmed again. */
async function importAsTheUserWould(text: string) {
  for (;;) {
    const prepared = await prepareImport(text, 'merge');
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    try {
      return await applyImport(prepared.plan);
    } catch (error) {
      if (!(error instanceof StaleImportError)) throw error;
    }
  }
}

describe('six writers interleaved (property)', () => {
  it('lose no change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 4 }), { minLength: 8, maxLength: 8 }), async (delays) => {
        fakeBrowser.reset();
        // a1 is being edited here; b1 arrives from another browser; c1 comes in with the backup.
        const a1 = account('a1');
        await fakeBrowser.storage.local.set({
          schema: CURRENT_SCHEMA,
          settings: { ...DEFAULT_SETTINGS, sync: true },
          'account:a1': a1,
          'step:a1:devices': { status: 'pending', at: NOW - 1000 },
        });
        await fakeBrowser.storage.sync.set({ 'acct:b1': toSyncItem(account('b1', { label: 'From the laptop' })) });
        const backup = backupText(buildBackup({ ...emptyState(), accounts: [account('c1', { label: 'From the backup' })] }, NOW - 500));
        const stale = a1; // what every view rendered before any of this
        const writers = [
          // The edit-account form: only the label changed.
          async () => updateAccount(stale, { label: 'Work mail' }),
          // The leak form: only the tick.
          async () =>
            saveIncidentWithAccounts(
              {
                id: 'i1',
                discoveredAt: NOW,
                source: 'Shop X',
                howLearned: 'news',
                leaked: ['password'],
                passwordReused: true,
                cardSecretsLeaked: false,
                region: 'cn',
                accountIds: ['a1'],
                createdAt: NOW,
                updatedAt: NOW,
              },
              { a1: true },
            ),
          // The reminder toggle.
          async () => updateAccountFields('a1', { noReminders: true }),
          // Settings.
          async () => updateSettings((s) => ({ ...s, reminders: { ...s.reminders, time: '08:30' } })),
          // The background's snooze and a note typed in a view, on the same step.
          async () => snoozeItem('step:a1:devices', NOW + 86_400_000, NOW),
          async () => setNote(stepRef('a1', 'devices'), 'asked IT'),
          // Sync, and an import.
          async () => runSync(),
          async () => importAsTheUserWould(backup),
        ];
        await Promise.all(
          writers.map(async (write, index) => {
            await later(delays[index]!);
            await write();
          }),
        );
        await runSync();
        const { state } = await loadState();
        const mine = state.accounts.find((a) => a.id === 'a1');
        expect(mine).toMatchObject({ label: 'Work mail', sharedPassword: true, noReminders: true });
        expect(state.steps.a1?.devices).toMatchObject({ status: 'snoozed', note: 'asked IT' });
        expect(state.settings.reminders.time).toBe('08:30');
        expect(state.settings.sync).toBe(true);
        expect(state.accounts.map((a) => a.id).sort()).toEqual(['a1', 'b1', 'c1']);
        expect(state.incidents.map((i) => i.id)).toEqual(['i1']);
        // And the sync area has this browser's edit.
        expect(await fakeBrowser.storage.sync.get('acct:a1')).toMatchObject({ 'acct:a1': { label: 'Work mail', sharedPassword: true } });
        expect(stateToRecords(state)['account:c1']).toMatchObject({ label: 'From the backup' });
      }),
      { numRuns: 40, seed: 15 },
    );
  }, 60_000);
});
