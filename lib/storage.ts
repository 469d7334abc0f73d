// The one module that reads and writes browser storage. Every view and the background go through it.
// Records live one per key (core/keys.ts); a read parses every value (core/state.ts); an upgrade runs the
// numbered migrations and sets aside what does not fit (core/migrations). Nothing here drops user data.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { PANEL_ACCOUNT_KEY, QUARANTINE_PREFIX, SETTINGS_KEY, inArea, keyPrefixes, keys, parseKey } from '@/core/keys';
import { fingerprint, userRecords } from '@/core/backup/records';
import type { ImportPlan } from '@/core/backup/plan';
import { planIsEmpty, planUpgrade } from '@/core/migrations';
import { IdSchema, type Account, type AppState, type Evidence, type Incident, type Settings, type StepState } from '@/core/model';
import { parseKeptAside, parseState, type InvalidRecord, type QuarantinedValue } from '@/core/state';

export type { QuarantinedValue };

export interface Loaded {
  state: AppState;
  /** Values that fail their schema right now (normally none: the upgrade sets them aside). */
  invalid: InvalidRecord[];
  /** Values set aside earlier, waiting for the user to export or discard them. */
  quarantine: QuarantinedValue[];
}

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('storage-full', { cause });
  }
}

const local = inArea.local;

const fullListeners = new Set<(error: StorageFullError) => void>();

/** Tells a view when any write in it failed because storage is full, wherever the write came from. */
export function onStorageFull(listener: (error: StorageFullError) => void): () => void {
  fullListeners.add(listener);
  return () => fullListeners.delete(listener);
}

const localQueues = new Map<string, Promise<unknown>>();

/**
 * Serialises read-modify-write across the popup, the pages and the background: they share one origin, so
 * Web Locks reach all of them. Where Web Locks are missing, a queue still serialises this context.
 */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`afterleak:${name}`, fn);
  const previous = localQueues.get(name) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  localQueues.set(name, run.catch(() => undefined));
  return run;
}

async function writeAll(set: Record<string, unknown>, remove: string[] = []): Promise<void> {
  try {
    // One set call per area is all-or-nothing, so a full disk never leaves half an action written.
    if (Object.keys(set).length) await browser.storage.local.set(set);
    if (remove.length) await browser.storage.local.remove(remove);
  } catch (error) {
    if (/quota/i.test(String(error))) {
      const full = new StorageFullError(error);
      for (const listener of fullListeners) listener(full);
      throw full;
    }
    throw error;
  }
}

/**
 * Brings stored data to the current schema and sets aside what does not fit. Every read checks this
 * (it is pure and cheap); only a read that finds work takes the lock and writes.
 */
export async function ensureUpgraded(): Promise<Record<string, unknown>> {
  const raw = await storage.snapshot('local');
  if (planIsEmpty(planUpgrade(raw, Date.now()))) return raw;
  return withLock('upgrade', async () => {
    const fresh = await storage.snapshot('local');
    const plan = planUpgrade(fresh, Date.now());
    if (planIsEmpty(plan)) return fresh;
    await writeAll(plan.set, plan.remove);
    return storage.snapshot('local');
  });
}

export async function loadState(): Promise<Loaded> {
  const raw = await ensureUpgraded();
  const { state, invalid } = parseState(raw);
  const quarantine: QuarantinedValue[] = Object.entries(raw)
    .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
    .map(([key, value]) => parseKeptAside(key, value));
  return { state, invalid, quarantine };
}

/** Calls back with fresh state after every change to local storage, from any view or the background. */
export function watchState(onChange: (loaded: Loaded) => unknown): () => void {
  let pending = false;
  let latest = 0;
  const reread = async () => {
    pending = false;
    // Reads overlap during a burst and may finish out of order: only the newest may reach the view,
    // or an older read would show stale data until the next change (seen with two pages writing).
    const read = ++latest;
    const loaded = await loadState();
    if (read === latest) void onChange(loaded);
  };
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'local' || pending) return;
    pending = true;
    // Coalesce a burst of writes (an import, an undo) into one re-read.
    queueMicrotask(() => void reread());
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const saveAccount = (account: Account) => writeAll({ [keys.account(account.id)]: account });
export const saveIncident = (incident: Incident) => writeAll({ [keys.incident(incident.id)]: incident });
export const saveEvidence = (item: Evidence) => writeAll({ [keys.evidence(item.id)]: item });

export function saveStepState(accountId: string, stepId: string, state: StepState | undefined) {
  const key = keys.step(accountId, stepId);
  return state ? writeAll({ [key]: state }) : writeAll({}, [key]);
}

export function saveTaskState(incidentId: string, taskId: string, state: StepState | undefined) {
  const key = keys.task(incidentId, taskId);
  return state ? writeAll({ [key]: state }) : writeAll({}, [key]);
}

/** Every stored entry that belongs to a record, so that removing it can be undone exactly. */
export type Snapshot = Record<string, unknown>;

async function removeMatching(match: (key: string) => boolean): Promise<Snapshot> {
  const raw = await storage.snapshot('local');
  const taken = Object.fromEntries(Object.entries(raw).filter(([key]) => match(key)));
  await writeAll({}, Object.keys(taken));
  return taken;
}

export const removeAccount = (id: string) =>
  removeMatching((key) => key === keys.account(id) || key.startsWith(keyPrefixes.stepsOf(id)));

export const removeIncident = (id: string) =>
  removeMatching((key) => key === keys.incident(id) || key.startsWith(keyPrefixes.tasksOf(id)));

export const removeEvidence = (id: string) => removeMatching((key) => key === keys.evidence(id));

export const removeQuarantined = (key: string) => writeAll({}, [key]);

/** Puts back what a remove took away (undo). */
export const restore = (snapshot: Snapshot) => writeAll(snapshot);

export async function readSettings(): Promise<Settings> {
  return (await loadState()).state.settings;
}

export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  return withLock(SETTINGS_KEY, async () => {
    const next = change(await readSettings());
    await writeAll({ [SETTINGS_KEY]: next });
    return next;
  });
}

/** Reads one key of background bookkeeping (reminder log and the like), unparsed. */
export async function readInternal<T>(key: string, parse: (raw: unknown) => T): Promise<T> {
  return parse(await storage.getItem(local(key)));
}

export function updateInternal<T>(key: string, parse: (raw: unknown) => T, change: (value: T) => T): Promise<T> {
  return withLock(key, async () => {
    const next = change(await readInternal(key, parse));
    await writeAll({ [key]: next });
    return next;
  });
}


// The account the side panel shows when it cannot follow the active tab: chosen in the popup or the panel.
// Session storage: it is a view preference for this browser session, not user data.
const PANEL_ACCOUNT = inArea.session(PANEL_ACCOUNT_KEY);
const panelAccount = (raw: unknown): string | null => {
  const parsed = IdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};
export const getPanelAccount = async () => panelAccount(await storage.getItem(PANEL_ACCOUNT));
export const setPanelAccount = (id: string) => storage.setItem(PANEL_ACCOUNT, id);
export const watchPanelAccount = (onChange: (id: string | null) => void) =>
  storage.watch<unknown>(PANEL_ACCOUNT, (raw) => onChange(panelAccount(raw)));


// ---- Backup import, step updates and sync (issue 8) ----

/** The stored records changed between the preview and the confirmation: the plan must be made again. */
export class StaleImportError extends Error {
  constructor() {
    super('import-stale');
  }
}

/**
 * Writes a planned import (core/backup planImport) in one set and one remove: the set first, so a full
 * disk fails before anything is removed. It refuses if the records are no longer those the user saw the
 * preview of, and it can only touch user records, never quarantined values or bookkeeping keys.
 */
export function applyImport(plan: Pick<ImportPlan, 'set' | 'remove' | 'base'>): Promise<void> {
  const touched = [...Object.keys(plan.set), ...plan.remove];
  if (touched.some((key) => parseKey(key) === undefined)) return Promise.reject(new Error('An import writes user records only'));
  return withLock('import', async () => {
    if (fingerprint(userRecords(await ensureUpgraded())) !== plan.base) throw new StaleImportError();
    await writeAll(plan.set, plan.remove);
  });
}

/**
 * Read-modify-write of one step's state under its own lock, for writers that keep part of what is there
 * (a snooze keeps the note). `change` returns undefined to clear the state.
 */
export const updateStepState = (accountId: string, stepId: string, change: StateChange) => updateStateAt('step', accountId, stepId, change);

export const updateTaskState = (incidentId: string, taskId: string, change: StateChange) => updateStateAt('task', incidentId, taskId, change);

type StateChange = (current: StepState | undefined) => StepState | undefined;

function updateStateAt(kind: 'step' | 'task', owner: string, item: string, change: StateChange): Promise<StepState | undefined> {
  const key = kind === 'step' ? keys.step(owner, item) : keys.task(owner, item);
  return withLock(key, async () => {
    const { state } = await loadState();
    const next = change((kind === 'step' ? state.steps : state.tasks)[owner]?.[item]);
    await (kind === 'step' ? saveStepState : saveTaskState)(owner, item, next);
    return next;
  });
}

/** browser.storage.sync, for lib/sync.ts only: the account list shared between the user's browsers. */
export const syncArea = {
  read: (): Promise<Record<string, unknown>> => browser.storage.sync.get(null),
  async write(set: Record<string, unknown>, remove: string[]): Promise<void> {
    if (Object.keys(set).length) await browser.storage.sync.set(set);
    if (remove.length) await browser.storage.sync.remove(remove);
  },
  /** Calls back on any change to the sync area, and on changes to the account list or settings here. */
  watch(onChange: () => void): () => void {
    const listener = (changes: Record<string, unknown>, area: string) => {
      const relevant = (key: string) => key === SETTINGS_KEY || key.startsWith(keyPrefixes.accounts);
      if (area === 'sync' || (area === 'local' && Object.keys(changes).some(relevant))) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  /** Runs fn alone across every view and the background (one sync at a time). */
  exclusive: <T>(fn: () => Promise<T>) => withLock('sync', fn),
};
