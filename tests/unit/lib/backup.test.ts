// Backup and import through the real storage module (fakeBrowser storage): round trips, corruptions that
// must never cost data, a full disk, and a store that changed after the preview.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_VERSION, backupText, buildBackup, stableStringify, stateToRecords, type ImportMode, type ImportPlan } from '@/core/backup';
import { SCHEMA_KEY, parseKey } from '@/core/keys';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { checkRecord } from '@/core/state';
import type { AppState } from '@/core/model';
import { exportBackup, prepareImport } from '@/lib/backup';
import { StorageFullError, loadState, onStorageFull } from '@/lib/storage';
import { StaleImportError, applyImport, saveAccount } from '@/lib/storage-writes';
import { appStateArb } from '../core/backup/arbitraries';
import { NOW, sampleState } from '../core/backup/sample';

/** Storage as a real user has it: records, the schema mark, a kept-aside value and background bookkeeping. */
const OTHER_KEYS = {
  [SCHEMA_KEY]: CURRENT_SCHEMA,
  'quarantine:1700000000000:account:old': { raw: { id: 'old', tier: 42 }, error: 'tier', at: 1_700_000_000_000 },
  reminderLog: { sent: [1, 2, 3] },
};

async function seed(state: AppState) {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ ...stateToRecords(state), ...OTHER_KEYS });
}

const everything = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const storedState = async () => stableStringify(stateToRecords((await loadState()).state));
const textOf = (state: AppState) => backupText(buildBackup(state, NOW, '0.1.0'));

async function importText(text: string, mode: ImportMode): Promise<ImportPlan | undefined> {
  const prepared = await prepareImport(text, mode);
  if (!prepared.ok) return undefined;
  await applyImport(prepared.plan);
  return prepared.plan;
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'AfterLeak', version: '0.1.0' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('export then import', () => {
  it('gives back the same state, replacing whatever was there (property)', async () => {
    await fc.assert(
      fc.asyncProperty(appStateArb, appStateArb, async (before, backedUp) => {
        await seed(backedUp);
        const { text, problems } = await exportBackup(NOW);
        expect(problems).toEqual([]);
        await seed(before);
        await importText(text, 'replace');
        expect(await storedState()).toBe(stableStringify(stateToRecords(backedUp)));
      }),
      { numRuns: 60 },
    );
  });

  it('merged into empty storage gives back the same state (property)', async () => {
    await fc.assert(
      fc.asyncProperty(appStateArb, async (backedUp) => {
        fakeBrowser.reset();
        await importText(textOf(backedUp), 'merge');
        expect(await storedState()).toBe(stableStringify(stateToRecords(backedUp)));
      }),
      { numRuns: 40 },
    );
  });

  it('names the file by date, carries the kept-aside values, and keeps "<" in text as text', async () => {
    const state = sampleState();
    state.evidence[0]!.from = 'Bank Support <support@bank.example>';
    await seed(state);
    const exported = await exportBackup(NOW);
    expect(exported.fileName).toMatch(/^afterleak-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(exported.text)).toMatchObject({
      format: 'afterleak-backup',
      version: BACKUP_VERSION,
      schema: CURRENT_SCHEMA,
      app: '0.1.0',
    });
    expect(JSON.parse(exported.text).keptAside).toEqual({
      'quarantine:1700000000000:account:old': OTHER_KEYS['quarantine:1700000000000:account:old'],
    });
    expect(exported.problems).toEqual([]);
  });

  it('keeps what storage holds exactly: ids of removed accounts, states whose account is gone', async () => {
    const state = sampleState();
    state.incidents[0]!.accountIds = ['a1', 'removed-since'];
    state.steps.gone = { devices: { status: 'done', at: NOW, note: 'orphan note' } };
    await seed(state);
    const exported = await exportBackup(NOW);
    expect(exported.problems).toEqual([]);
    fakeBrowser.reset();
    await importText(exported.text, 'replace');
    expect(await storedState()).toBe(stableStringify(stateToRecords(state)));
  });

  it('brings kept-aside values back on an import into an empty browser, never replacing one that is there', async () => {
    await seed(sampleState());
    const { text } = await exportBackup(NOW);
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ 'quarantine:1700000000000:account:old': 'different here' });
    const plan = await importText(text, 'merge');
    expect(plan?.keptAside).toEqual([]);
    expect((await everything())['quarantine:1700000000000:account:old']).toBe('different here');
    fakeBrowser.reset();
    const again = await importText(text, 'merge');
    expect(again?.keptAside).toEqual(['quarantine:1700000000000:account:old']);
    expect((await loadState()).quarantine.map((item) => item.key)).toEqual(['quarantine:1700000000000:account:old']);
  });

  it('clamps future-dated records so that a merge never lets them win forever', async () => {
    const now = Date.now();
    const future = sampleState();
    future.accounts[0]!.updatedAt = now + 10 * 365 * 86_400_000;
    future.accounts[0]!.label = 'from the future';
    await seed(sampleState());
    const file = backupText(buildBackup(future, now, '0.1.0'));
    const prepared = await prepareImport(file, 'merge', now);
    if (!prepared.ok) throw new Error('refused');
    expect(prepared.plan.clamped).toBe(1);
    await applyImport(prepared.plan);
    const stored = (await loadState()).state.accounts.find((a) => a.id === 'a1')!;
    expect(stored).toMatchObject({ label: 'from the future', updatedAt: now });
    // An edit made afterwards is newer than the imported copy: merging the same file again leaves it.
    await saveAccount({ ...stored, label: 'edited', updatedAt: now + 1 });
    const again = await prepareImport(file, 'merge', now + 2);
    expect(again.ok && again.plan.preview.account.changed).toEqual([]);
  });
});

type Corruption =
  | { op: 'truncate'; at: number }
  | { op: 'mutate'; at: number; value: unknown }
  | { op: 'remove'; at: number }
  | { op: 'inject'; at: number; key: string; value: unknown }
  | { op: 'char'; at: number; char: string };

const HOSTILE = ['__proto__', 'constructor', 'prototype'];
const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('mutate' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('inject' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
  fc.record({ op: fc.constant('char' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1 }) }),
);

type Node = Record<string, unknown> | unknown[];
/** Every place in a parsed file: its parent container and its key there. */
function places(root: unknown): { parent: Node; key: string | number }[] {
  const found: { parent: Node; key: string | number }[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      const at = Array.isArray(node) ? Number(key) : key;
      found.push({ parent: node as Node, key: at });
      visit((node as Record<string, unknown>)[key]);
    }
  };
  visit(root);
  return found;
}

function corrupt(text: string, corruption: Corruption): string {
  if (corruption.op === 'truncate') return text.slice(0, corruption.at % text.length);
  if (corruption.op === 'char') {
    const at = corruption.at % text.length;
    return text.slice(0, at) + corruption.char + text.slice(at + 1);
  }
  const root = JSON.parse(text) as Record<string, unknown>;
  if (corruption.op === 'inject') {
    const objects = [root, ...places(root).map((p) => (p.parent as Record<string, unknown>)[p.key as string])].filter(
      (node): node is Record<string, unknown> => !!node && typeof node === 'object' && !Array.isArray(node),
    );
    // defineProperty, not assignment: `obj.__proto__ = x` would change the prototype instead of adding a key.
    Object.defineProperty(objects[corruption.at % objects.length]!, corruption.key, {
      value: corruption.value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return JSON.stringify(root);
  }
  const all = places(root);
  const { parent, key } = all[corruption.at % all.length]!;
  if (corruption.op === 'mutate') (parent as Record<string | number, unknown>)[key] = corruption.value;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key as string];
  return JSON.stringify(root);
}

describe('a corrupted backup', () => {
  it('is refused with storage left byte for byte as it was, or changes only what its preview listed (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        appStateArb,
        appStateArb,
        corruptionArb,
        fc.constantFrom<ImportMode>('replace', 'merge'),
        async (stored, backedUp, corruption, mode) => {
          await seed(stored);
          const before = await everything();
          const beforeText = JSON.stringify(before);
          const text = corrupt(textOf(backedUp), corruption);
          const prepared = await prepareImport(text, mode);
          if (corruption.op === 'inject' && HOSTILE.includes(corruption.key)) expect(prepared.ok).toBe(false);
          if (!prepared.ok) {
            expect(prepared.problems.length).toBeGreaterThan(0);
            expect(JSON.stringify(await everything())).toBe(beforeText);
            return;
          }
          await applyImport(prepared.plan);
          const after = await everything();
          const listed = new Set(Object.values(prepared.plan.preview).flatMap((c) => [...c.added, ...c.changed, ...c.removed]));
          for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
            if (stableStringify(before[key]) === stableStringify(after[key])) continue;
            expect(listed.has(key), `${key} changed without being in the preview`).toBe(true);
            expect(parseKey(key)).toBeDefined();
          }
          for (const [key, value] of Object.entries(after)) expect(checkRecord(key, value)).toBeUndefined();
          expect((await loadState()).invalid).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('import safety', () => {
  it('a full disk fails the whole import: nothing half-written, and the views are told', async () => {
    await seed(sampleState());
    const before = JSON.stringify(await everything());
    const prepared = await prepareImport(
      textOf({ ...sampleState(), accounts: [], steps: {}, incidents: [], tasks: {}, evidence: [] }),
      'replace',
    );
    if (!prepared.ok) throw new Error('the sample must be accepted');
    expect(prepared.plan.remove.length).toBeGreaterThan(0);
    const told = vi.fn();
    const stop = onStorageFull(told);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    await expect(applyImport({ ...prepared.plan, set: { ...prepared.plan.set, 'account:big': {} } })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    stop();
    expect(told).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(await everything())).toBe(before);
  });

  it('a single save on a full disk writes nothing and says so', async () => {
    await seed(sampleState());
    const before = JSON.stringify(await everything());
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveAccount({ ...sampleState().accounts[0]!, label: 'changed' })).rejects.toBeInstanceOf(StorageFullError);
    expect(JSON.stringify(await everything())).toBe(before);
  });

  it('refuses a plan when the records changed after its preview, and writes nothing', async () => {
    await seed(sampleState());
    const prepared = await prepareImport(
      textOf({ ...sampleState(), accounts: [], steps: {}, incidents: [], tasks: {}, evidence: [] }),
      'replace',
    );
    if (!prepared.ok) throw new Error('the sample must be accepted');
    await saveAccount({ ...sampleState().accounts[0]!, id: 'a9', label: 'added meanwhile' });
    const before = JSON.stringify(await everything());
    await expect(applyImport(prepared.plan)).rejects.toBeInstanceOf(StaleImportError);
    expect(JSON.stringify(await everything())).toBe(before);
  });

  it('will not write anything but user records, whatever plan it is given', async () => {
    await seed(sampleState());
    const before = JSON.stringify(await everything());
    const base = stableStringify(stateToRecords(sampleState()));
    await expect(applyImport({ set: {}, remove: ['quarantine:1700000000000:account:old'], base })).rejects.toThrow(/user records/);
    await expect(applyImport({ set: { reminderLog: {} }, remove: [], base })).rejects.toThrow(/user records/);
    expect(JSON.stringify(await everything())).toBe(before);
  });
});
