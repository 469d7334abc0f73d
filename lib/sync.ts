// The browser side of account-list sync (core/sync.ts): read both areas, plan, write. Runs in the
// background whenever the account list, the setting or the sync area changes, one run at a time.
import * as z from 'zod/mini';
import { SYNC_META_KEY, keys } from '@/core/keys';
import { parseSyncMeta, planSync, removeDeletedElsewhere, syncPlanIsEmpty } from '@/core/sync';
import { readInternal, updateInternal } from './storage';
import { syncArea } from './storage';

/** Bookkeeping in local storage (SYNC_META_KEY): what was last agreed with the sync area, and how the last run went. */
export { SYNC_META_KEY };

export interface SyncStatus {
  lastSync?: number;
  /** How many accounts did not fit in the browser's sync quota (they stay on this device). */
  skipped: number;
  /** How many accounts were not sent because their label looks like a password or code. */
  withheld: number;
  error?: 'quota' | 'failed';
}

interface StoredMeta extends SyncStatus {
  known: Record<string, number>;
}

const StoredStatusSchema = z.object({
  lastSync: z.optional(z.number()),
  skipped: z.optional(z.number()),
  withheld: z.optional(z.number()),
  error: z.optional(z.enum(['quota', 'failed'])),
});

/** The sync bookkeeping; a part that does not parse falls back to "not synced yet" rather than failing. */
function parseStoredMeta(raw: unknown): StoredMeta {
  const parsed = StoredStatusSchema.safeParse(raw);
  const value = parsed.success ? parsed.data : {};
  const status: StoredMeta = { ...parseSyncMeta(raw), skipped: value.skipped ?? 0, withheld: value.withheld ?? 0 };
  if (value.lastSync !== undefined) status.lastSync = value.lastSync;
  if (value.error) status.error = value.error;
  return status;
}

export async function readSyncStatus(): Promise<SyncStatus> {
  const { known: _known, ...status } = await readInternal(SYNC_META_KEY, parseStoredMeta);
  return status;
}

/** One sync run; does nothing when the user has not turned sync on. */
export function runSync(now = Date.now()): Promise<void> {
  // Under the data lock, like every other writer: an edit made in a view while this runs waits, then lands.
  return syncArea.exclusive(async (held) => {
    const { state } = await held.load();
    if (!state.settings.sync) return;
    const meta = await readInternal(SYNC_META_KEY, parseStoredMeta);
    const plan = planSync(state.accounts, await syncArea.read(), meta, now);
    const unchanged = syncPlanIsEmpty(plan) && plan.skipped.length === meta.skipped && plan.withheld.length === meta.withheld;
    if (unchanged && meta.lastSync !== undefined && !meta.error) return;
    const raw = await held.snapshot();
    const set: Record<string, unknown> = {};
    const remove: string[] = [];
    for (const id of plan.removeLocal) {
      const gone = removeDeletedElsewhere(raw, id, now);
      Object.assign(set, gone.set);
      remove.push(...gone.remove);
    }
    for (const account of plan.saveLocal) set[keys.account(account.id)] = account;
    // One write for everything local: a full disk leaves nothing half done.
    await held.write(set, remove);
    let error: SyncStatus['error'];
    try {
      await syncArea.write(plan.setRemote, plan.removeRemote);
    } catch (failure) {
      error = /quota|max_/i.test(String(failure)) ? 'quota' : 'failed';
    }
    await updateInternal(SYNC_META_KEY, parseStoredMeta, () => {
      // After a failed write the sync area still holds what it held: keep the old agreement.
      const next: StoredMeta = {
        known: error ? meta.known : plan.meta.known,
        lastSync: now,
        skipped: plan.skipped.length,
        withheld: plan.withheld.length,
      };
      if (error) next.error = error;
      return next;
    });
  });
}

/** Starts sync in the background: on start, and soon after any change that matters to it. */
export function startSync(delay = 1500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSync().catch((error: unknown) => console.warn('AfterLeak sync failed', error)), delay);
  };
  schedule();
  return syncArea.watch(schedule);
}
