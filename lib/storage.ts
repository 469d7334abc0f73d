// The one module that reads and writes browser storage. Every view and the background go through it; the
// writers of user data are in lib/storage-writes.ts, under this module's lock (exclusive), so that a first paint
// that only reads does not carry them.
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
  parseKey,
} from '@/core/keys';
import { IdSchema, type AppState, type Settings } from '@/core/model';
import { checkRecord, keptAsideOrigin, parseKeptAside, parseState, type InvalidRecord, type QuarantinedValue } from '@/core/state';
import { CURRENT_SCHEMA } from '@/core/migrations/version';
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
 * True when an upgrade would find nothing to do: the data is at this version and every value fits its schema
 * (core/migrations planUpgrade then plans nothing). The usual read stops here, without loading the migrations.
 */
const upToDate = (raw: Record<string, unknown>) =>
  raw[SCHEMA_KEY] === CURRENT_SCHEMA && Object.entries(raw).every(([key, value]) => checkRecord(key, value) === undefined);

/** The upgrade's plan for raw storage: what to write and what to set aside (core/migrations). */
async function upgradePlan(raw: Record<string, unknown>) {
  const { planIsEmpty, planUpgrade } = await import('@/core/migrations');
  const plan = planUpgrade(raw, Date.now());
  return planIsEmpty(plan) ? undefined : plan;
}

/**
 * Brings stored data to the current schema and sets aside what does not fit. Every read checks this
 * (it is pure and cheap); only a read that finds work takes the lock and writes.
 */
export async function ensureUpgraded(): Promise<Record<string, unknown>> {
  const raw = await snapshot();
  checkSchemaMark(raw);
  if (upToDate(raw) || !(await upgradePlan(raw))) return raw;
  return withData(upgradeHeld);
}

/** The upgrade, for code that already holds the data lock. */
async function upgradeHeld(): Promise<Record<string, unknown>> {
  const fresh = await snapshot();
  checkSchemaMark(fresh);
  const plan = upToDate(fresh) ? undefined : await upgradePlan(fresh);
  if (!plan) return fresh;
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

/** Everything in local storage, as it is (for the page shown when storage cannot be read). */
export const readEverything = (): Promise<Record<string, unknown>> => snapshot();

export async function readSettings(): Promise<Settings> {
  return (await loadState()).state.settings;
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
  exclusive,
};

/** Reads and writes for code that holds the data lock (sync): the public ones would wait for it forever. */
export interface Held {
  load: () => Promise<Loaded>;
  write: (set: Record<string, unknown>, remove?: string[]) => Promise<void>;
  snapshot: () => Promise<Record<string, unknown>>;
  /** Everything as stored, not upgraded first (a removal takes exactly what is there). */
  raw: () => Promise<Record<string, unknown>>;
}

const held: Held = { load: loadHeld, write: writeAll, snapshot: upgradeHeld, raw: snapshot };

/**
 * Runs fn under the data lock, alone across every view, the background, sync and imports: what it reads cannot
 * change before it writes. fn gets the held versions of the reads and writes it may use (lib/storage-writes.ts,
 * lib/sync.ts).
 */
export function exclusive<T>(fn: (held: Held) => Promise<T>): Promise<T> {
  return withData(() => fn(held));
}
