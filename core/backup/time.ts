// Timestamps from elsewhere (an imported file, another browser through sync) may lie in the future: a device
// whose clock runs ahead, or a hand-edited file. A record dated in the future would win every later merge
// ("newer wins") and silently revert the edits made to it, so such times are brought back to now, and counted.
import { parseKey } from '../keys';
import type { Records } from './format';
import { MINUTE } from '../time';

/** How far ahead of this device's clock another device's clock may run before its times are clamped. */
export const FUTURE_SKEW_MS = 10 * MINUTE;

/** The time fields that say when a record changed or came to be (never `until`: a snooze lies ahead by design). */
const CHANGE_TIMES = ['updatedAt', 'createdAt', 'at'] as const;

/**
 * A copy of the record with every change time later than now + skew set to now; `clamped` counts the fields.
 * The kinds of records that have no such field (settings) pass through untouched.
 */
export function clampRecord<T>(value: T, now: number): { value: T; clamped: number } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { value, clamped: 0 };
  const limit = now + FUTURE_SKEW_MS;
  let copy: Record<string, unknown> | undefined;
  let clamped = 0;
  for (const name of CHANGE_TIMES) {
    const time = (value as Record<string, unknown>)[name];
    if (typeof time === 'number' && time > limit) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[name] = now;
      clamped++;
    }
  }
  // A record created "later" than it was changed would look odd: keep createdAt <= updatedAt.
  if (copy && typeof copy.createdAt === 'number' && typeof copy.updatedAt === 'number' && copy.createdAt > copy.updatedAt) {
    copy.createdAt = copy.updatedAt;
  }
  return { value: (copy ?? value) as T, clamped };
}

/** Every user record of a set clamped (see clampRecord); other keys pass through. */
export function clampRecords(records: Records, now: number): { records: Records; clamped: number } {
  const out: Records = {};
  let clamped = 0;
  for (const [key, value] of Object.entries(records)) {
    const result = parseKey(key) ? clampRecord(value, now) : { value, clamped: 0 };
    Object.defineProperty(out, key, { value: result.value, enumerable: true, writable: true, configurable: true });
    clamped += result.clamped;
  }
  return { records: out, clamped };
}
