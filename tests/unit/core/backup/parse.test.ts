import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { MAX_BACKUP_BYTES, fileTooLarge, parseBackup, stateToRecords, type BackupProblem } from '@/core/backup';
import { editedText, sampleState, sampleText } from './sample';

const problemsOf = (text: string): BackupProblem[] => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
};

const records = (backup: { records: Record<string, unknown> }) => backup.records as Record<string, Record<string, unknown>>;

describe('parseBackup accepts', () => {
  it('a backup it exported, with every record as it was', () => {
    const result = parseBackup(sampleText());
    expect(result.ok && result.backup.records).toEqual(stateToRecords(sampleState()));
  });

  it('a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${sampleText()}`).ok).toBe(true);
  });

  it('ordinary text with a "<" that is not a tag', () => {
    const text = editedText((b) => { records(b)['evidence:e1']!.summary = 'Amount < 500, I <3 my bank, x<5, 1 <= 2'; });
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('parseBackup refuses, saying which field and what is wrong', () => {
  it.each([
    ['text that is not JSON', 'hello', 'notJson'],
    ['a truncated file', sampleText().slice(0, 200), 'notJson'],
    ['an empty file', '  \n', 'empty'],
    ['another product’s JSON', '{"version": 1, "items": []}', 'notBackup'],
    ['a JSON array', '[1, 2]', 'notBackup'],
  ])('%s', (_name, text, code) => {
    expect(problemsOf(text)[0]?.code).toBe(code);
  });

  it('a file over the size limit, by its text and by the file size before reading', () => {
    expect(problemsOf(sampleText() + ' '.repeat(MAX_BACKUP_BYTES))).toEqual([{ code: 'tooLarge', detail: '5.0' }]);
    expect(fileTooLarge(MAX_BACKUP_BYTES + 1)?.code).toBe('tooLarge');
    expect(fileTooLarge(MAX_BACKUP_BYTES)).toBeUndefined();
  });

  it('a newer file format or a newer schema', () => {
    expect(problemsOf(editedText((b) => { b.version = 2; }))).toEqual([{ code: 'newerVersion', detail: '2' }]);
    expect(problemsOf(editedText((b) => { b.schema = CURRENT_SCHEMA + 1; }))).toEqual([{ code: 'newerSchema', detail: String(CURRENT_SCHEMA + 1) }]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('the hostile key %s at any depth', (key) => {
    const top = sampleText().replace('{', `{"${key}": {"polluted": true},`);
    expect(problemsOf(top)).toEqual([{ code: 'hostileKey', field: '(top)', detail: key }]);
    const deep = sampleText().replace('"reminders": {', `"reminders": {"${key}": 1,`);
    expect(problemsOf(deep)).toEqual([{ code: 'hostileKey', field: 'records.settings.reminders', detail: key }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a hostile id inside a record key', () => {
    const text = editedText((b) => { b.records['step:__proto__:x'] = { status: 'done', at: 1 }; });
    expect(problemsOf(text)).toContainEqual({ code: 'hostileKey', field: 'records.step:__proto__:x', detail: '__proto__' });
  });

  it('the same record twice (JSON.parse would silently keep the last)', () => {
    const text = sampleText().replace('"account:a2": {', '"account:a1": {"id": "a1"},\n"account:a2": {');
    expect(problemsOf(text)).toContainEqual({ code: 'duplicateKey', field: 'records.account:a1' });
  });

  it('an account listed twice in an incident', () => {
    const text = editedText((b) => { records(b)['incident:i1']!.accountIds = ['a1', 'a1']; });
    expect(problemsOf(text)).toEqual([{ code: 'duplicateId', field: 'records.incident:i1.accountIds[1]', detail: 'a1' }]);
  });

  it('wrong types, missing fields, unknown values and unknown fields', () => {
    const text = editedText((b) => {
      const account = records(b)['account:a1']!;
      account.tier = 'super-critical';
      account.sharedPassword = 'yes';
      delete account.label;
      account.extra = 1;
      records(b)['step:a1:devices']!.at = 1.5;
      records(b).settings!.reminders = { ...(records(b).settings!.reminders as object), dailyCap: 9, time: '25:00' };
    });
    expect(problemsOf(text)).toEqual(expect.arrayContaining([
      { code: 'notAllowed', field: 'records.account:a1.tier', detail: 'super-critical' },
      { code: 'wrongType', field: 'records.account:a1.sharedPassword', detail: 'boolean' },
      { code: 'missing', field: 'records.account:a1.label' },
      { code: 'wrongType', field: 'records.step:a1:devices.at', detail: 'int' },
      { code: 'outOfRange', field: 'records.settings.reminders.dailyCap', detail: '9' },
      { code: 'badFormat', field: 'records.settings.reminders.time', detail: '25:00' },
    ]));
  });

  it('a field AfterLeak does not know, even when everything else fits', () => {
    const text = editedText((b) => { records(b)['account:a1']!.password = 'hunter2'; });
    expect(problemsOf(text)).toEqual([{ code: 'unknownField', field: 'records.account:a1.password' }]);
  });

  it('text over its length limit', () => {
    const text = editedText((b) => { records(b)['account:a1']!.label = 'x'.repeat(101); });
    expect(problemsOf(text)).toEqual([{ code: 'tooLong', field: 'records.account:a1.label', detail: '100' }]);
  });

  it('a record whose id does not match its key', () => {
    const text = editedText((b) => { records(b)['account:a1']!.id = 'zz'; });
    expect(problemsOf(text)).toContainEqual({ code: 'idMismatch', field: 'records.account:a1.id', detail: 'zz' });
  });

  it('keys that are not records AfterLeak stores', () => {
    const text = editedText((b) => { b.records['quarantine:1:account:x'] = {}; b.records.schema = 1; b.extra = true; });
    expect(problemsOf(text)).toEqual(expect.arrayContaining([
      { code: 'unknownField', field: 'extra' },
      { code: 'unknownRecord', field: 'records.schema' },
    ]));
    const text2 = editedText((b) => { b.records['quarantine:1:account:x'] = {}; });
    expect(problemsOf(text2)).toEqual([{ code: 'unknownRecord', field: 'records.quarantine:1:account:x' }]);
  });

  it('dangling references: a step, task or evidence whose owner is missing, an incident pointing nowhere', () => {
    const text = editedText((b) => {
      delete b.records['account:a1'];
      b.records['task:gone:x'] = { status: 'done', at: 1 };
      records(b)['evidence:e1']!.incidentId = 'nope';
    });
    expect(problemsOf(text)).toEqual(expect.arrayContaining([
      { code: 'danglingAccount', field: 'records.step:a1:change-password', detail: 'a1' },
      { code: 'danglingAccount', field: 'records.incident:i1.accountIds[0]', detail: 'a1' },
      { code: 'danglingIncident', field: 'records.task:gone:x', detail: 'gone' },
      { code: 'danglingIncident', field: 'records.evidence:e1.incidentId', detail: 'nope' },
    ]));
  });

  it('HTML in any text field', () => {
    const text = editedText((b) => {
      records(b)['account:a1']!.label = '<img src=x onerror=alert(1)>';
      records(b)['step:a1:devices']!.note = 'see </script>';
    });
    expect(problemsOf(text)).toEqual(expect.arrayContaining([
      { code: 'html', field: 'records.account:a1.label', detail: '<img src=x onerror=alert(1)>' },
      { code: 'html', field: 'records.step:a1:devices.note', detail: '</script>' },
    ]));
  });

  it('a broken header', () => {
    expect(problemsOf(editedText((b) => { b.records = [] as never; }))).toContainEqual({ code: 'badHeader', field: 'records', detail: 'object' });
    expect(problemsOf(editedText((b) => { b.exportedAt = -1; }))).toEqual([{ code: 'badHeader', field: 'exportedAt', detail: '-1' }]);
    expect(problemsOf(editedText((b) => { b.version = 'one' as never; }))).toEqual([{ code: 'badHeader', field: 'version', detail: 'one' }]);
  });
});

describe('parseBackup and older schemas', () => {
  it('brings records of schema 0 through the migrations', () => {
    const result = parseBackup(editedText((b) => { b.schema = 0; }));
    expect(result.ok && result.backup.schema).toBe(CURRENT_SCHEMA);
    expect(result.ok && result.backup.records).toEqual(stateToRecords(sampleState()));
  });
});
