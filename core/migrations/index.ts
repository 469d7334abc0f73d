// Numbered storage migrations. Each file NNN-name.ts moves raw storage from version N-1 to N.
// A migration receives the raw values (never parsed ones: the old data does not fit today's schema)
// and returns what to write and what to remove. It must keep every value it does not understand.
import { SCHEMA_KEY, keys } from '../keys';
import { checkRecord } from '../state';
import { m001Initial } from './001-initial';
import { m002RecoveryMap } from './002-recovery-map';

export type Raw = Record<string, unknown>;
export interface MigrationResult {
  set: Raw;
  remove: string[];
}
export type Migration = (raw: Raw) => MigrationResult;

/** migrations[i] upgrades from version i to version i + 1. */
export const MIGRATIONS: Migration[] = [m001Initial, m002RecoveryMap];
export { CURRENT_SCHEMA } from './version';

export interface UpgradePlan extends MigrationResult {
  from: number;
  to: number;
  /** Keys moved aside because they fit no schema after the upgrade. */
  quarantined: string[];
}

/**
 * Works out, without touching storage, how to bring raw storage up to date: the migrations it still needs,
 * then every user record that still fails its schema is copied under quarantine:<key> and removed from its
 * place, so that the views never trip on it and a later write can never overwrite it.
 */
export function planUpgrade(raw: Raw, now: number, migrations: Migration[] = MIGRATIONS): UpgradePlan {
  const from = typeof raw[SCHEMA_KEY] === 'number' ? (raw[SCHEMA_KEY] as number) : 0;
  const to = migrations.length;
  if (from > to) throw new Error(`Stored data is from a newer version of AfterLeak (schema ${from}, this one knows ${to}).`);
  const { working, set, removed } = runMigrations(raw, from, migrations);
  const quarantined: string[] = [];
  for (const [key, value] of Object.entries(working)) {
    const error = checkRecord(key, value);
    if (!error) continue;
    quarantined.push(key);
    set[keys.quarantine(key, now)] = { raw: value, error, at: now };
    delete set[key];
    removed.add(key);
  }
  if (from !== to) set[SCHEMA_KEY] = to;
  return { from, to, set, remove: [...removed], quarantined };
}

/**
 * Runs the migrations a version still needs over raw values (stored data, or the records of an older
 * backup): the values afterwards, and which keys the migrations wrote or removed.
 */
export function runMigrations(raw: Raw, from: number, migrations: Migration[] = MIGRATIONS) {
  const working: Raw = { ...raw };
  const set: Raw = {};
  const removed = new Set<string>();
  for (let version = from; version < migrations.length; version++) {
    const step = migrations[version]!(working);
    for (const key of step.remove) {
      delete working[key];
      delete set[key];
      removed.add(key);
    }
    for (const [key, value] of Object.entries(step.set)) {
      working[key] = value;
      set[key] = value;
      removed.delete(key);
    }
  }
  return { working, set, removed };
}

export function planIsEmpty(plan: UpgradePlan): boolean {
  return Object.keys(plan.set).length === 0 && plan.remove.length === 0;
}
