// The one module that reads and writes browser storage. Every view and the background go through it.
// Records live one per key (core/keys.ts); a read parses every value (core/state.ts); an upgrade runs the
// numbered migrations and sets aside what does not fit (core/migrations). Nothing here drops user data.
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import {
  PANEL_ACCOUNT_KEY,
  POPUP_VIEW_KEY,
  QUARANTINE_PREFIX,
  REVISION_KEY,
  SCHEMA_KEY,
  SETTINGS_KEY,
  inArea,
  keyPrefixes,
  keys,
  parseKey,
} from '@/core/keys';
import { fingerprint, userRecords } from '@/core/backup/records';
import type { ImportPlan } from '@/core/backup/plan';
import { planIsEmpty, planUpgrade } from '@/core/migrations';
import { IdSchema, type Account, type AppState, type Evidence, type Incident, type Settings, type StepState } from '@/core/model';
import { checkRecord, keptAsideOrigin, parseKeptAside, parseState, type InvalidRecord, type QuarantinedValue } from '@/core/state';
import { CURRENT_SCHEMA } from '@/core/migrations';
import type { PopupView } from '@/core/popup-view';

/** A value kept aside, and whether it fits its record's schema now (then it can be put back). */
export interface KeptAside extends QuarantinedValue {
  restorable: boolean;
}
export type { QuarantinedValue, InvalidRecord };

export interface Loaded {
  state: AppState;
  /** Values that fail their schema right now (normally none: the upgrade sets them aside). */
  invalid: InvalidRecord[];
  /** Values set aside earlier, waiting for the user to restore, export or discard them. */
  quarantine: KeptAside[];
}

/**
 * Stored data this version cannot read at all: a schema mark from a newer version, or a mark that is no version
 * (-1, 0.5, "1"). Nothing is written; the views show what happened and offer an export of everything.
 */
export class StorageProblem extends Error {
  constructor(
    readonly kind: 'newer' | 'badMark',
    readonly detail: string,
  ) {
    super(`storage-${kind}: ${detail}`);
  }
}

function checkSchemaMark(raw: Record<string, unknown>) {
  if (!Object.hasOwn(raw, SCHEMA_KEY)) return;
  const mark = raw[SCHEMA_KEY];
  if (typeof mark !== 'number' || !Number.isSafeInteger(mark) || mark < 0)
    throw new StorageProblem('badMark', String(JSON.stringify(mark)).slice(0, 40));
  if (mark > CURRENT_SCHEMA) throw new StorageProblem('newer', String(mark));
}

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('storage-full', { cause });
  }
}

const local = inArea.local;
const session = inArea.session;

/** Everything in local storage, in one read. */
const snapshot = (): Promise<Record<string, unknown>> => storage.snapshot('local');

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
 * Locks are not re-entrant: code that holds one calls the *Held functions below, never a public writer.
 */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`afterleak:${name}`, fn);
  const previous = localQueues.get(name) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  localQueues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * The one lock every writer of user data takes: the views, the background (snoozes, reminders), sync, import
 * and the upgrade. With one lock, a read-modify-write never interleaves with another writer's.
 */
const DATA_LOCK = 'data';
const withData = <T>(fn: () => Promise<T>) => withLock(DATA_LOCK, fn);

/**
 * A new revision before each write of user data: a ready-made view (the popup's, core/popup-view.ts) made
 * from the data before this write no longer matches it. Written first, so that no view can be made from the
 * new data under the old revision.
 */
const newRevision = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
const bumpRevision = () => storage.setItem(session(REVISION_KEY), newRevision());

async function writeAll(set: Record<string, unknown>, remove: string[] = []): Promise<void> {
  await bumpRevision();
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
  const raw = await snapshot();
  checkSchemaMark(raw);
  if (planIsEmpty(planUpgrade(raw, Date.now()))) return raw;
  return withData(upgradeHeld);
}

/** The upgrade, for code that already holds the data lock. */
async function upgradeHeld(): Promise<Record<string, unknown>> {
  const fresh = await snapshot();
  checkSchemaMark(fresh);
  const plan = planUpgrade(fresh, Date.now());
  if (planIsEmpty(plan)) return fresh;
  try {
    await writeAll(plan.set, plan.remove);
  } catch (error) {
    // Full storage and a value that does not fit: it cannot be moved aside, but the rest is readable. The
    // value stays where it is, listed as unreadable (Loaded.invalid), and the views still open.
    if (error instanceof StorageFullError && plan.from === plan.to) return fresh;
    throw error;
  }
  return snapshot();
}

export const loadState = async (): Promise<Loaded> => loadedFrom(await ensureUpgraded());

/** loadState, for code that already holds the data lock. */
const loadHeld = async (): Promise<Loaded> => loadedFrom(await upgradeHeld());

function loadedFrom(raw: Record<string, unknown>): Loaded {
  const { state, invalid } = parseState(raw);
  const quarantine: KeptAside[] = Object.entries(raw)
    .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
    .map(([key, value]) => {
      const item = parseKeptAside(key, value);
      const origin = keptAsideOrigin(key);
      const restorable = parseKey(origin) !== undefined && checkRecord(origin, item.raw) === undefined && !Object.hasOwn(raw, origin);
      return { ...item, restorable };
    });
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

/** One write under the data lock (a whole record the caller just made, or an undo putting one back). */
const write = (set: Record<string, unknown>, remove: string[] = []) => withData(() => writeAll(set, remove));

export const saveAccount = (account: Account) => write({ [keys.account(account.id)]: account });
export const saveIncident = (incident: Incident) => write({ [keys.incident(incident.id)]: incident });
export const saveEvidence = (item: Evidence) => write({ [keys.evidence(item.id)]: item });

export function saveStepState(accountId: string, stepId: string, state: StepState | undefined) {
  const key = keys.step(accountId, stepId);
  return state ? write({ [key]: state }) : write({}, [key]);
}

export function saveTaskState(incidentId: string, taskId: string, state: StepState | undefined) {
  const key = keys.task(incidentId, taskId);
  return state ? write({ [key]: state }) : write({}, [key]);
}

/** The fields a form changed; `undefined` removes an optional field. id and updatedAt are set here. */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

function applyPatch<T extends { id: string; updatedAt: number }>(current: T, patch: Patch<T>, now: number): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [name, value] of Object.entries(patch)) {
    if (name === 'id' || name === 'updatedAt') continue;
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  // Later than the copy it replaces even when that copy came from a clock running ahead (clamped on sync).
  next.updatedAt = Math.max(now, current.updatedAt + 1);
  return next as T;
}

/**
 * Read-modify-write of one account: the fields the user changed, applied to the account as stored now (a
 * rename from sync or another view meanwhile stays). Undefined when the account is gone (removed meanwhile).
 */
export function updateAccountFields(id: string, patch: Patch<Account>, now = Date.now()): Promise<Account | undefined> {
  return withData(async () => {
    const current = (await loadHeld()).state.accounts.find((account) => account.id === id);
    if (!current) return undefined;
    const next = applyPatch(current, patch, now);
    await writeAll({ [keys.account(id)]: next });
    return next;
  });
}

/**
 * Field-level edit of one leak record, onto the record as stored now: a note or a "dealt with" made in another
 * view meanwhile stays. Returns the record before and after, so an undo can put back just these fields.
 */
export function updateIncidentFields(
  id: string,
  patch: Patch<Incident>,
  now = Date.now(),
): Promise<{ before: Incident; after: Incident } | undefined> {
  return withData(async () => {
    const before = (await loadHeld()).state.incidents.find((incident) => incident.id === id);
    if (!before) return undefined;
    const after = applyPatch(before, patch, now);
    await writeAll({ [keys.incident(id)]: after });
    return { before, after };
  });
}

/** updateAccountFields for several accounts in one write (the leak form's "shares a leaked password" ticks). */
export function updateAccountsFields(patches: Record<string, Patch<Account>>, now = Date.now()): Promise<Account[]> {
  return withData(async () => {
    const { accounts } = (await loadHeld()).state;
    const set: Record<string, unknown> = {};
    const written: Account[] = [];
    for (const account of accounts) {
      if (!Object.hasOwn(patches, account.id)) continue;
      const next = applyPatch(account, patches[account.id]!, now);
      set[keys.account(account.id)] = next;
      written.push(next);
    }
    await writeAll(set);
    return written;
  });
}

/** Every stored entry that belongs to a record, so that removing it can be undone exactly. */
export type Snapshot = Record<string, unknown>;

function removeMatching(match: (key: string) => boolean): Promise<Snapshot> {
  return withData(() => removeMatchingHeld(match));
}

async function removeMatchingHeld(match: (key: string) => boolean): Promise<Snapshot> {
  const raw = await snapshot();
  const taken = Object.fromEntries(Object.entries(raw).filter(([key]) => match(key)));
  await writeAll({}, Object.keys(taken));
  return taken;
}

export const removeAccount = (id: string) => removeMatching((key) => key === keys.account(id) || key.startsWith(keyPrefixes.stepsOf(id)));

export const removeIncident = (id: string) => removeMatching((key) => key === keys.incident(id) || key.startsWith(keyPrefixes.tasksOf(id)));

export const removeEvidence = (id: string) => removeMatching((key) => key === keys.evidence(id));

/** Discards one kept-aside value; returns what it held, for undo (restore). */
export const removeQuarantined = (key: string): Promise<Snapshot> =>
  key.startsWith(QUARANTINE_PREFIX) ? removeMatching((stored) => stored === key) : Promise.reject(new Error(`Not kept aside: ${key}`));

/**
 * Puts a kept-aside value back where it came from, when it fits and nothing is there now. An account comes
 * back with the step progress kept aside with it (same time), and as changed now, so that a deletion from
 * another browser does not remove it again. Returns the keys written; nothing when it cannot be restored.
 */
export function restoreKeptAside(key: string, now = Date.now()): Promise<string[]> {
  return withData(async () => {
    const raw = await upgradeHeld();
    if (!key.startsWith(QUARANTINE_PREFIX) || !Object.hasOwn(raw, key)) return [];
    const at = key.slice(QUARANTINE_PREFIX.length).split(':')[0];
    const origin = keptAsideOrigin(key);
    const parsed = parseKey(origin);
    const together = [key];
    if (parsed?.kind === 'account') {
      const steps = `${QUARANTINE_PREFIX}${at}:${keyPrefixes.stepsOf(parsed.ids[0]!)}`;
      together.push(...Object.keys(raw).filter((other) => other.startsWith(steps)));
    }
    const set: Record<string, unknown> = {};
    const removed: string[] = [];
    for (const entry of together) {
      const target = keptAsideOrigin(entry);
      let value = parseKeptAside(entry, raw[entry]).raw;
      if (parseKey(target)?.kind === 'account' && value && typeof value === 'object') {
        const updatedAt = (value as { updatedAt?: unknown }).updatedAt;
        value = { ...value, updatedAt: Math.max(now, typeof updatedAt === 'number' ? updatedAt + 1 : 0) };
      }
      if (Object.hasOwn(raw, target) || checkRecord(target, value) !== undefined) continue;
      set[target] = value;
      removed.push(entry);
    }
    if (!removed.includes(key)) return [];
    await writeAll(set, removed);
    return Object.keys(set);
  });
}

/** Everything in local storage, as it is (for the page shown when storage cannot be read). */
export const readEverything = (): Promise<Record<string, unknown>> => snapshot();

/** Puts back what a remove took away (undo). */
export const restore = (snapshot: Snapshot) => write(snapshot);

export async function readSettings(): Promise<Settings> {
  return (await loadState()).state.settings;
}

export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  return withData(async () => {
    const next = change((await loadHeld()).state.settings);
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
const panelAccount = (raw: unknown): string | null => {
  const parsed = IdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};
const PANEL_ACCOUNT = session(PANEL_ACCOUNT_KEY);
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
  // Kept-aside values from the file are only ever added; everything else it writes or removes is a user record.
  const isAside = (key: string) => key.startsWith(QUARANTINE_PREFIX);
  const wrong =
    Object.keys(plan.set).some((key) => parseKey(key) === undefined && !isAside(key)) ||
    plan.remove.some((key) => parseKey(key) === undefined);
  if (wrong) return Promise.reject(new Error('An import writes user records only'));
  return withData(async () => {
    const raw = await upgradeHeld();
    if (fingerprint(userRecords(raw)) !== plan.base) throw new StaleImportError();
    const set = Object.fromEntries(Object.entries(plan.set).filter(([key]) => !isAside(key) || !Object.hasOwn(raw, key)));
    await writeAll(set, plan.remove);
  });
}

/**
 * Read-modify-write of one step's state under its own lock, for writers that keep part of what is there
 * (a snooze keeps the note). `change` returns undefined to clear the state.
 */
export const updateStepState = (accountId: string, stepId: string, change: StateChange) => updateStateAt('step', accountId, stepId, change);

export const updateTaskState = (incidentId: string, taskId: string, change: StateChange) =>
  updateStateAt('task', incidentId, taskId, change);

type StateChange = (current: StepState | undefined) => StepState | undefined;

function updateStateAt(kind: 'step' | 'task', owner: string, item: string, change: StateChange): Promise<StepState | undefined> {
  const key = kind === 'step' ? keys.step(owner, item) : keys.task(owner, item);
  return withData(async () => {
    const { state } = await loadHeld();
    const states = kind === 'step' ? state.steps : state.tasks;
    const current = Object.hasOwn(states, owner) && Object.hasOwn(states[owner]!, item) ? states[owner]![item] : undefined;
    const next = change(current);
    await (next ? writeAll({ [key]: next }) : writeAll({}, [key]));
    return next;
  });
}

/** The current data revision ('' until the first write since the browser started; see writeAll). */
export async function readRevision(): Promise<string> {
  const raw = await storage.getItem(session(REVISION_KEY));
  return typeof raw === 'string' ? raw : '';
}

/** The background's ready-made popup view (core/popup-view.ts); the popup reads it in lib/popup-start.ts. */
export const savePopupView = (view: PopupView) => storage.setItem(session(POPUP_VIEW_KEY), view);

/** No ready-made view until the next one is made: the data changed, possibly without a new revision. */
export const clearPopupView = () => storage.removeItem(session(POPUP_VIEW_KEY));

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
  /**
   * Runs fn under the data lock, alone across every view, the background and imports: what it reads cannot
   * change before it writes. fn gets the held versions of the reads and writes it may use.
   */
  exclusive: <T>(fn: (held: Held) => Promise<T>) => withData(() => fn(held)),
};

/** Reads and writes for code that holds the data lock (sync): the public ones would wait for it forever. */
export interface Held {
  load: () => Promise<Loaded>;
  write: (set: Record<string, unknown>, remove?: string[]) => Promise<void>;
  snapshot: () => Promise<Record<string, unknown>>;
}

const held: Held = { load: loadHeld, write: writeAll, snapshot: upgradeHeld };
