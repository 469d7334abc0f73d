import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA, MIGRATIONS, planUpgrade, type Migration } from '@/core/migrations';
import { DEFAULT_SETTINGS } from '@/core/model';
import { NOW, personalMail } from '../helpers/records';

const account = personalMail;

describe('planUpgrade', () => {
  it('the current schema is the number of migrations (core/migrations/version.ts is kept apart for the reads)', () => {
    expect(CURRENT_SCHEMA).toBe(MIGRATIONS.length);
  });

  it('marks empty storage with the current schema and writes nothing else', () => {
    const plan = planUpgrade({}, NOW);
    expect(plan).toMatchObject({ from: 0, to: CURRENT_SCHEMA, set: { schema: CURRENT_SCHEMA }, remove: [], quarantined: [] });
  });

  it('keeps version-0 records that fit today and sets the marker (001-initial)', () => {
    const plan = planUpgrade({ 'account:a1': account, settings: DEFAULT_SETTINGS }, NOW);
    expect(plan.set).toEqual({ schema: CURRENT_SCHEMA });
    expect(plan.remove).toEqual([]);
  });

  it('is a no-op on up-to-date storage', () => {
    const plan = planUpgrade({ schema: CURRENT_SCHEMA, 'account:a1': account }, NOW);
    expect(plan.set).toEqual({});
    expect(plan.remove).toEqual([]);
  });

  it('sets aside, never drops, a record that fits no schema', () => {
    const broken = { ...account, tier: 'super-critical' };
    const plan = planUpgrade({ schema: CURRENT_SCHEMA, 'account:a1': broken }, NOW);
    expect(plan.quarantined).toEqual(['account:a1']);
    expect(plan.remove).toEqual(['account:a1']);
    expect(plan.set[`quarantine:${NOW}:account:a1`]).toMatchObject({ raw: broken, at: NOW });
    expect(String((plan.set[`quarantine:${NOW}:account:a1`] as { error: string }).error)).toContain('tier');
  });

  it('quarantines a record whose id does not match its key', () => {
    const plan = planUpgrade({ schema: CURRENT_SCHEMA, 'account:other': account }, NOW);
    expect(plan.quarantined).toEqual(['account:other']);
  });

  it('runs only the migrations a stored version still needs, in order', () => {
    const renameLabel: Migration = (raw) => ({
      set: Object.fromEntries(
        Object.entries(raw)
          .filter(([key]) => key.startsWith('account:'))
          .map(([key, value]) => [key, { ...(value as object), label: `${(value as { name: string }).name}` }]),
      ),
      remove: [],
    });
    const dropName: Migration = (raw) => ({
      set: Object.fromEntries(
        Object.entries(raw)
          .filter(([key]) => key.startsWith('account:'))
          .map(([key, value]) => {
            const { name: _name, ...rest } = value as Record<string, unknown>;
            return [key, rest];
          }),
      ),
      remove: [],
    });
    const { label: _label, ...old } = account;
    const plan = planUpgrade({ schema: 0, 'account:a1': { ...old, name: 'Old name' } }, NOW, [renameLabel, dropName]);
    expect(plan.set['account:a1']).toEqual({ ...account, label: 'Old name' });
    expect(plan.set.schema).toBe(2);
    expect(plan.quarantined).toEqual([]);
  });

  it('refuses storage written by a newer version instead of guessing', () => {
    expect(() => planUpgrade({ schema: CURRENT_SCHEMA + 1 }, NOW)).toThrow(/newer version/);
  });
});
