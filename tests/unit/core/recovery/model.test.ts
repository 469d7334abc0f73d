// Schema 2: the recovery map as stored, its migration, its backup references and what sync carries.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MIGRATIONS, planUpgrade } from '@/core/migrations';
import { checkRecord } from '@/core/state';
import { parseBackup } from '@/core/backup';
import { planSync, toSyncItem } from '@/core/sync';
import { editedText } from '../backup/sample';
import { NOW, account } from '../plan/fixtures';

const fixture2 = JSON.parse(readFileSync('tests/unit/fixtures/schema-2.json', 'utf8')) as Record<string, unknown>;

describe('the recovery map in storage', () => {
  it('an account with mailboxes, phone labels and a second factor fits; a bad one is refused with its field', () => {
    const good = account('a1', { recovery: { mailboxes: ['m1'], phones: ['main phone, ends 1234'], secondFactor: 'sms' } });
    expect(checkRecord('account:a1', good)).toBeUndefined();
    const bad = { ...good, recovery: { mailboxes: ['m 1'], phones: [''], secondFactor: 'carrier-pigeon' } };
    expect(checkRecord('account:a1', bad)).toMatch(/recovery\.mailboxes\.0.*recovery\.phones\.0.*recovery\.secondFactor/s);
    expect(checkRecord('account:a1', { ...good, recovery: { ...good.recovery, phones: ['x'.repeat(61)] } })).toMatch(/recovery\.phones\.0/);
  });

  it('a build that knows only schema 1 refuses schema-2 storage instead of dropping the map when it writes', () => {
    expect(() => planUpgrade(fixture2, NOW, MIGRATIONS.slice(0, 1))).toThrow(/newer version/);
    expect(planUpgrade(fixture2, NOW)).toMatchObject({ set: {}, remove: [], quarantined: [] });
  });

  // Storage can hold such a pointer (an account deleted in another browser is not unlinked here), and the user's
  // own export must always import: the pointer is kept as it was (issue 15).
  it('a backup whose recovery points at a missing account is kept as it is, not refused', () => {
    const text = editedText((b) => {
      const records = b.records as Record<string, Record<string, unknown>>;
      const [key] = Object.keys(records).filter((k) => k.startsWith('account:'));
      records[key!]!.recovery = { mailboxes: ['gone-mail'], phones: ['main phone'] };
      const [incident] = Object.keys(records).filter((k) => k.startsWith('incident:'));
      records[incident!]!.leakedMailboxes = ['also-gone'];
    });
    const result = parseBackup(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const records = result.backup.records as Record<string, { recovery?: { mailboxes: string[] }; leakedMailboxes?: string[] }>;
    expect(Object.values(records).some((r) => r.recovery?.mailboxes.includes('gone-mail'))).toBe(true);
    expect(Object.values(records).some((r) => r.leakedMailboxes?.includes('also-gone'))).toBe(true);
  });

  it('sync carries the map with its account, but never the routes removed in the past', () => {
    const mapped = account('a1', { recovery: { mailboxes: ['m1'], phones: ['main phone'], lost: [{ label: 'old mail', at: NOW }] } });
    expect(toSyncItem(mapped).recovery).toEqual({ mailboxes: ['m1'], phones: ['main phone'] });
    expect(JSON.stringify(planSync([mapped], {}, { known: {} }, NOW).setRemote)).not.toContain('old mail');
  });
});
