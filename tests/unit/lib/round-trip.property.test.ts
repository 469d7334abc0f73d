// The round trip as an invariant (property): whatever state the product's own actions reach — accounts added,
// edited and deleted (with undo), steps marked, noted and snoozed (a snooze racing the deletion of its account),
// leaks with their ticks, tasks and evidence, settings, sync bringing accounts (ids like "constructor") and
// deletions from another browser — an export imported into an empty browser restores exactly what was stored,
// kept-aside values included, and imported over the same data changes nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stableStringify } from '@/core/backup';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { DEFAULT_SETTINGS, type Account } from '@/core/model';
import { toSyncItem } from '@/core/sync';
import { addAccounts, deleteAccount, setNote, setStatus, stepRef, updateAccount } from '@/lib/actions';
import { exportBackup, prepareImport } from '@/lib/backup';
import { deleteIncident, putEvidence, saveIncidentWithAccounts } from '@/lib/leak-actions';
import { snoozeItem } from '@/lib/snooze';
import { loadState } from '@/lib/storage';
import { applyImport, updateSettings } from '@/lib/storage-writes';
import { runSync } from '@/lib/sync';

const NOW = Date.now() - 86_400_000;
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Bank Support <support@bank.example>', '客服 <kefu@bank.cn>', 'a < b'));

type Action =
  | { do: 'add'; label: string }
  | { do: 'edit'; which: number; label: string; tier: Account['tier'] }
  | { do: 'delete'; which: number; undo: boolean; snoozeRacing: boolean }
  | { do: 'step'; which: number; step: string; note: string; snooze: boolean }
  | { do: 'leak'; ticks: number[]; source: string }
  | { do: 'evidence'; from: string }
  | { do: 'deleteLeak' }
  | { do: 'settings'; time: string }
  | { do: 'syncIn'; id: string; label: string }
  | { do: 'syncDelete'; which: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ do: fc.constant('add' as const), label: text }),
  fc.record({
    do: fc.constant('edit' as const),
    which: fc.nat(),
    label: text,
    tier: fc.constantFrom('critical' as const, 'important' as const, 'other' as const),
  }),
  fc.record({ do: fc.constant('delete' as const), which: fc.nat(), undo: fc.boolean(), snoozeRacing: fc.boolean() }),
  fc.record({
    do: fc.constant('step' as const),
    which: fc.nat(),
    step: fc.constantFrom('change-password', 'devices', 'two-factor'),
    note: text,
    snooze: fc.boolean(),
  }),
  fc.record({ do: fc.constant('leak' as const), ticks: fc.array(fc.nat(), { maxLength: 3 }), source: text }),
  fc.record({ do: fc.constant('evidence' as const), from: text }),
  fc.record({ do: fc.constant('deleteLeak' as const) }),
  fc.record({ do: fc.constant('settings' as const), time: fc.constantFrom('07:00', '19:30') }),
  fc.record({ do: fc.constant('syncIn' as const), id: fc.constantFrom('constructor', 'toString', '__proto__', 'b1'), label: text }),
  fc.record({ do: fc.constant('syncDelete' as const), which: fc.nat() }),
);

let counter = 0;
const ids = () => `id${++counter}`;

async function perform(action: Action, clock: number) {
  const { state } = await loadState();
  const pick = (which: number) => state.accounts[which % Math.max(1, state.accounts.length)];
  switch (action.do) {
    case 'add':
      await addAccounts(
        [
          {
            label: action.label.trim() || 'x',
            customName: 'Forum',
            customDomain: 'forum.example',
            category: 'social',
            tier: 'other',
            sharedPassword: false,
          },
        ],
        clock,
      );
      return;
    case 'edit': {
      const account = pick(action.which);
      if (account) await updateAccount(account, { label: action.label.trim() || 'y', tier: action.tier });
      return;
    }
    case 'delete': {
      const account = pick(action.which);
      if (!account) return;
      // A snooze from the background may land while the account is being deleted.
      const [undo] = await Promise.all([
        deleteAccount(account.id),
        action.snoozeRacing ? snoozeItem(`step:${account.id}:devices`, clock + 86_400_000, clock) : Promise.resolve(),
      ]);
      if (action.undo) await undo();
      return;
    }
    case 'step': {
      const account = pick(action.which);
      if (!account) return;
      await setNote(stepRef(account.id, action.step), action.note);
      if (action.snooze) await snoozeItem(`step:${account.id}:${action.step}`, clock + 86_400_000, clock);
      else await setStatus(stepRef(account.id, action.step), 'done');
      return;
    }
    case 'leak': {
      const ticks = Object.fromEntries(
        action.ticks
          .map((t) => pick(t))
          .filter((a) => a !== undefined)
          .map((a) => [a.id, true]),
      );
      await saveIncidentWithAccounts(
        {
          id: ids(),
          discoveredAt: clock,
          source: action.source,
          howLearned: 'news',
          leaked: ['password'],
          passwordReused: true,
          cardSecretsLeaked: false,
          region: 'cn',
          accountIds: Object.keys(ticks),
          createdAt: clock,
          updatedAt: clock,
        },
        ticks,
      );
      return;
    }
    case 'evidence': {
      const incident = state.incidents[0];
      if (incident)
        await putEvidence(
          {
            id: ids(),
            incidentId: incident.id,
            kind: 'email',
            at: clock,
            from: action.from,
            summary: 'asked for my code',
            fileName: '',
            createdAt: clock,
            updatedAt: clock,
          },
          undefined,
        );
      return;
    }
    case 'deleteLeak': {
      const incident = state.incidents[0];
      if (incident)
        await deleteIncident(
          incident.id,
          state.evidence.filter((e) => e.incidentId === incident.id).map((e) => e.id),
        );
      return;
    }
    case 'settings':
      await updateSettings((s) => ({ ...s, reminders: { ...s.reminders, time: action.time } }));
      return;
    case 'syncIn': {
      const account: Account = {
        id: action.id,
        siteId: 'google',
        label: action.label.trim() || 'z',
        category: 'email',
        tier: 'critical',
        sharedPassword: false,
        createdAt: clock,
        updatedAt: clock,
      };
      await fakeBrowser.storage.sync.set({ [`acct:${action.id}`]: toSyncItem(account) });
      await runSync(clock);
      return;
    }
    case 'syncDelete': {
      const account = pick(action.which);
      if (!account) return;
      await runSync(clock);
      await fakeBrowser.storage.sync.set({ [`acct:${account.id}`]: { id: account.id, deleted: true, updatedAt: clock + 1 } });
      await runSync(clock + 2);
    }
  }
}

const stored = async () => {
  const raw = (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
  // The background's bookkeeping is not user data and never in a backup.
  delete raw['sync-meta'];
  return stableStringify(raw);
};

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'AfterLeak', version: '0.1.0' });
});

describe('export then import restores exactly what the product stored (property)', () => {
  it('for states reached by the UI’s own actions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 14 }), async (actions) => {
        await fakeBrowser.storage.local.clear();
        await fakeBrowser.storage.sync.clear();
        await fakeBrowser.storage.local.set({ schema: CURRENT_SCHEMA, settings: { ...DEFAULT_SETTINGS, sync: true } });
        let clock = NOW;
        for (const action of actions) await perform(action, (clock += 1000));
        const before = await stored();
        const { text, problems } = await exportBackup();
        expect(problems).toEqual([]);

        // Into the same data: nothing to change.
        const same = await prepareImport(text, 'replace');
        if (!same.ok) throw new Error(JSON.stringify(same.problems));
        expect(same.plan.set).toEqual({});
        expect(same.plan.remove).toEqual([]);

        // Into an empty browser: exactly what was stored.
        await fakeBrowser.storage.local.clear();
        const fresh = await prepareImport(text, 'replace');
        if (!fresh.ok) throw new Error(JSON.stringify(fresh.problems));
        await applyImport(fresh.plan);
        await loadState();
        expect(await stored()).toBe(before);
      }),
      { numRuns: 40, seed: 15 },
    );
  }, 120_000);
});
