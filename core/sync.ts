// Optional sync of the account list between the user's browsers through storage.sync. Only what names an
// account travels (site, label, category, tier, "shares a leaked password", and its place in the recovery
// map: which mailboxes and phone labels reset it, never the routes it lost): never notes, step states,
// incidents or evidence. One sync item per account; a deletion leaves a dated tombstone so that other
// browsers learn of it; the newer updatedAt wins a conflict. Pure: lib/sync.ts does the reading and writing.
//
// Times from another browser are not trusted to lie in the past: a change time later than now + a small skew
// (core/backup/time.ts) is brought back to now, here and in the sync area, so that a record dated in the future
// cannot win every later merge. Fields a newer version added to an item are kept when this browser pushes an
// edit. An account whose label or name looks like a password is never sent (core/secrets.ts).
import * as z from 'zod/mini';
import { AccountSchema, type Account, type Tier } from './model';
import { stableStringify } from './backup/records';
import { FUTURE_SKEW_MS } from './backup/time';
import { looksLikeSecret } from './secrets';
import { SYNC_PREFIX, keyPrefixes, keys } from './keys';
import { DAY } from './time';

export { SYNC_PREFIX };
/** chrome.storage.sync's limits (Firefox's are the same or looser). */
export const SYNC_LIMITS = { bytesPerItem: 8192, items: 512, totalBytes: 102_400 } as const;
/** A deletion is remembered this long; a browser offline for longer may bring the account back. */
export const TOMBSTONE_DAYS = 90;

const SyncedAccountSchema = z.pick(AccountSchema, {
  id: true,
  siteId: true,
  customName: true,
  customDomain: true,
  label: true,
  category: true,
  tier: true,
  sharedPassword: true,
  recovery: true,
  createdAt: true,
  updatedAt: true,
});
export type SyncedAccount = z.infer<typeof SyncedAccountSchema>;

const TombstoneSchema = z.object({
  id: AccountSchema.shape.id,
  deleted: z.literal(true),
  updatedAt: AccountSchema.shape.updatedAt,
});
export type Tombstone = z.infer<typeof TombstoneSchema>;
export type SyncItem = SyncedAccount | Tombstone;

/** What this browser last agreed with the sync area: account id -> updatedAt. It tells a local deletion
 *  (known, now missing here) from an account another browser added (never known here). */
export interface SyncMeta {
  known: Record<string, number>;
}

export interface SyncPlan {
  saveLocal: Account[];
  /** Accounts deleted in another browser: removed here with their step states. */
  removeLocal: string[];
  setRemote: Record<string, SyncItem>;
  removeRemote: string[];
  meta: SyncMeta;
  /** Accounts left out because the sync area is full (least important first). */
  skipped: string[];
  /** Accounts not sent because their label or name looks like a password, PIN or code. */
  withheld: string[];
  /** Change times (here or in the sync area) that lay in the future and were brought back to now. */
  clamped: number;
}

/** Only its label and name are the user's free text: the rest are choices from lists. */
export const labelLooksSecret = (account: Pick<Account, 'label' | 'customName'>) =>
  looksLikeSecret(account.label) || (account.customName !== undefined && looksLikeSecret(account.customName));

/** Fields of a stored item that this version's schema does not know (a newer version wrote them). */
function unknownFields(value: unknown, known: SyncItem): Record<string, unknown> {
  if (!value || typeof value !== 'object') return {};
  const extra: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(value)) {
    if (!Object.hasOwn(known, name) && !KNOWN_FIELDS.has(name))
      Object.defineProperty(extra, name, { value: inner, enumerable: true, writable: true, configurable: true });
  }
  return extra;
}

const KNOWN_FIELDS = new Set([
  'id',
  'siteId',
  'customName',
  'customDomain',
  'label',
  'category',
  'tier',
  'sharedPassword',
  'recovery',
  'createdAt',
  'updatedAt',
  'deleted',
]);

/** An item or account whose change time lies past now + skew, brought back to now (createdAt too). */
function clampTimes<T extends { updatedAt: number; createdAt?: number }>(value: T, now: number): { value: T; clamped: number } {
  const limit = now + FUTURE_SKEW_MS;
  let clamped = 0;
  const copy = { ...value };
  if (copy.updatedAt > limit) {
    copy.updatedAt = now;
    clamped++;
  }
  if (copy.createdAt !== undefined && copy.createdAt > limit) {
    copy.createdAt = now;
    clamped++;
  }
  if (copy.createdAt !== undefined && copy.createdAt > copy.updatedAt) copy.createdAt = copy.updatedAt;
  return { value: clamped ? copy : value, clamped };
}

export const syncKey = keys.syncAccount;

export function toSyncItem(account: Account): SyncedAccount {
  const { noReminders: _localOnly, recovery, ...synced } = account;
  if (!recovery) return synced;
  // The recovery map travels with its account (sync is on), but not what it used to say: no removed routes.
  const { lost: _history, ...current } = recovery;
  return { ...synced, recovery: current };
}

/** Reads one stored sync item; anything that does not fit (or sits under the wrong key) is ignored. */
export function readSyncItem(key: string, value: unknown): SyncItem | undefined {
  const isTombstone = !!value && typeof value === 'object' && (value as { deleted?: unknown }).deleted === true;
  const result = isTombstone ? TombstoneSchema.safeParse(value) : SyncedAccountSchema.safeParse(value);
  if (!result.success || key !== syncKey(result.data.id)) return undefined;
  return result.data;
}

const isTombstone = (item: SyncItem): item is Tombstone => 'deleted' in item;

/** The order two browsers agree on when both changed an account at the same millisecond. */
const wins = (a: SyncedAccount, b: SyncedAccount) =>
  a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : stableStringify(a) > stableStringify(b);

export function planSync(local: readonly Account[], remoteArea: Record<string, unknown>, meta: SyncMeta, now: number): SyncPlan {
  const plan: SyncPlan = {
    saveLocal: [],
    removeLocal: [],
    setRemote: {},
    removeRemote: [],
    meta: { known: {} },
    skipped: [],
    withheld: [],
    clamped: 0,
  };
  const saved = new Map<string, Account>();
  const mine = new Map<string, Account>();
  for (const account of local) {
    const { value, clamped } = clampTimes(account, now);
    if (clamped) saved.set(account.id, value);
    plan.clamped += clamped;
    mine.set(account.id, value);
  }
  const theirs = new Map<string, SyncItem>();
  const extras = new Map<string, Record<string, unknown>>();
  /** Items the sync area holds with a time in the future: rewritten there, clamped, unless the plan sends another. */
  const rewrite = new Map<string, SyncItem>();
  for (const [key, value] of Object.entries(remoteArea)) {
    const item = key.startsWith(SYNC_PREFIX) ? readSyncItem(key, value) : undefined;
    if (!item) continue;
    const { value: fixed, clamped } = clampTimes(item, now);
    plan.clamped += clamped;
    if (clamped) rewrite.set(item.id, { ...unknownFields(value, item), ...fixed } as SyncItem);
    theirs.set(item.id, fixed);
    extras.set(item.id, unknownFields(value, item));
  }
  const known = new Map(Object.entries(meta.known).filter(([, at]) => typeof at === 'number'));
  const pushed: Account[] = [];
  const push = (account: Account) => {
    if (labelLooksSecret(account)) {
      plan.withheld.push(account.id);
      return;
    }
    plan.setRemote[syncKey(account.id)] = { ...extras.get(account.id), ...toSyncItem(account) };
    pushed.push(account);
  };
  const saveLocal = (account: Account) => saved.set(account.id, account);
  for (const id of new Set([...mine.keys(), ...theirs.keys(), ...known.keys()])) {
    const account = mine.get(id);
    const item = theirs.get(id);
    if (account && item && !isTombstone(item)) {
      const ours = toSyncItem(account);
      if (stableStringify(ours) === stableStringify(item)) known.set(id, account.updatedAt);
      else if (wins(item, ours)) {
        saveLocal(account.noReminders === undefined ? item : { ...item, noReminders: account.noReminders });
        known.set(id, item.updatedAt);
      } else push(account);
    } else if (account && item) {
      // Edited here after it was deleted elsewhere: the edit is newer, so the account stays.
      if (account.updatedAt > item.updatedAt) push(account);
      else {
        plan.removeLocal.push(id);
        saved.delete(id);
        known.delete(id);
      }
    } else if (account) {
      push(account);
    } else if (item && !isTombstone(item)) {
      const lastAgreed = known.get(id);
      if (lastAgreed !== undefined && item.updatedAt <= lastAgreed) {
        // It was here and in sync, and it is gone here: deleted in this browser.
        plan.setRemote[syncKey(id)] = { id, deleted: true, updatedAt: now };
        known.delete(id);
      } else {
        saveLocal(item);
        known.set(id, item.updatedAt);
      }
    } else {
      if (item && item.updatedAt < now - TOMBSTONE_DAYS * DAY) plan.removeRemote.push(syncKey(id));
      known.delete(id);
    }
  }
  for (const [id, item] of rewrite) {
    const key = syncKey(id);
    if (!Object.hasOwn(plan.setRemote, key) && !plan.removeRemote.includes(key)) plan.setRemote[key] = item;
  }
  plan.saveLocal = [...saved.values()];
  fitWithinQuota(plan, remoteArea, pushed);
  for (const account of pushed) if (!plan.skipped.includes(account.id)) known.set(account.id, account.updatedAt);
  plan.meta.known = Object.fromEntries(known);
  return plan;
}

/** Bytes as chrome.storage.sync counts them: the key plus the JSON of the value. */
export const itemBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

const TIER_ORDER: Record<Tier, number> = { critical: 0, important: 1, other: 2 };

/**
 * Drops pushes, least important account first (then the newest), until the sync area after the plan fits
 * the browser's limits. What is dropped stays on this device and is reported, never lost.
 */
function fitWithinQuota(plan: SyncPlan, remoteArea: Record<string, unknown>, pushed: Account[]) {
  const after = { ...remoteArea };
  for (const key of plan.removeRemote) delete after[key];
  Object.assign(after, plan.setRemote);
  const sizes = new Map(Object.entries(after).map(([key, value]) => [key, itemBytes(key, value)]));
  let total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const fits = () => sizes.size <= SYNC_LIMITS.items && total <= SYNC_LIMITS.totalBytes;
  const drop = (account: Account) => {
    const key = syncKey(account.id);
    delete plan.setRemote[key];
    total -= sizes.get(key) ?? 0;
    sizes.delete(key);
    if (Object.hasOwn(remoteArea, key)) {
      sizes.set(key, itemBytes(key, remoteArea[key]));
      total += sizes.get(key)!;
    }
    plan.skipped.push(account.id);
  };
  for (const account of pushed) {
    if ((sizes.get(syncKey(account.id)) ?? 0) > SYNC_LIMITS.bytesPerItem) drop(account);
  }
  const dropOrder = pushed
    .filter((account) => !plan.skipped.includes(account.id))
    .sort((a, b) => TIER_ORDER[b.tier] - TIER_ORDER[a.tier] || b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  for (const account of dropOrder) {
    if (fits()) break;
    drop(account);
  }
}

const SyncMetaSchema = z.object({ known: z.record(z.string(), z.unknown()) });
const Timestamp = z.number();

/** What this device last saw of each synced account; an entry that is not a time is forgotten, not fatal. */
export function parseSyncMeta(raw: unknown): SyncMeta {
  const parsed = SyncMetaSchema.safeParse(raw);
  if (!parsed.success) return { known: {} };
  return {
    known: Object.fromEntries(Object.entries(parsed.data.known).filter(([, at]) => Timestamp.safeParse(at).success)) as Record<
      string,
      number
    >,
  };
}

export function syncPlanIsEmpty(plan: SyncPlan): boolean {
  return !plan.saveLocal.length && !plan.removeLocal.length && !Object.keys(plan.setRemote).length && !plan.removeRemote.length;
}

/** The reason recorded with values kept aside because their account was deleted in another browser. */
export const DELETED_ELSEWHERE = 'deleted-elsewhere';

/**
 * What a deletion from another browser does here. Step progress and notes never travel, so this browser's are
 * the only copy: when the account has any, the account and all of them are kept aside (visible, restorable,
 * in backups) instead of erased. An account with no progress here is simply removed.
 */
export function removeDeletedElsewhere(
  raw: Record<string, unknown>,
  accountId: string,
  now: number,
): { set: Record<string, unknown>; remove: string[] } {
  const accountKey = keys.account(accountId);
  const taken = Object.keys(raw).filter((key) => key === accountKey || key.startsWith(keyPrefixes.stepsOf(accountId)));
  if (!taken.some((key) => key !== accountKey)) return { set: {}, remove: taken };
  const set: Record<string, unknown> = {};
  for (const key of taken) set[keys.quarantine(key, now)] = { raw: raw[key], error: DELETED_ELSEWHERE, at: now };
  return { set, remove: taken };
}
