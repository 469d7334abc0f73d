import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA } from '@/core/migrations';
import {
  BACKUP_VERSION,
  FUTURE_SKEW_MS,
  MAX_BACKUP_BYTES,
  MAX_RECORDS,
  fileTooLarge,
  parseBackup,
  parseBackupInSlices,
  stateToRecords,
  type BackupProblem,
} from '@/core/backup';
import { MAX_DEPTH } from '@/core/backup/json-scan';
import { NOW, editedText, sampleState, sampleText } from './sample';

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
    const text = editedText((b) => {
      records(b)['evidence:e1']!.summary = 'Amount < 500, I <3 my bank, x<5, 1 <= 2';
    });
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('parseBackup accepts what storage can hold, so that the user’s own export always imports', () => {
  const accepted = (text: string) => {
    const result = parseBackup(text);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
    return result.backup.records as Record<string, Record<string, unknown>>;
  };

  it('text with "<" and a letter stays text, exactly as typed', () => {
    const sender = 'Bank Support <support@bank.example>';
    const got = accepted(
      editedText((b) => {
        records(b)['evidence:e1']!.from = sender;
        records(b)['account:a1']!.label = '<img src=x onerror=alert(1)>';
      }),
    );
    expect(got['evidence:e1']!.from).toBe(sender);
    expect(got['account:a1']!.label).toBe('<img src=x onerror=alert(1)>');
  });

  it('states whose account or leak was deleted meanwhile, and incidents listing a removed account', () => {
    const got = accepted(
      editedText((b) => {
        delete b.records['account:a1'];
        b.records['task:gone:x'] = { status: 'done', at: 1 };
        records(b)['evidence:e1']!.incidentId = 'nope';
      }),
    );
    expect(got['step:a1:change-password']).toEqual({ status: 'done', at: NOW + 5 });
    expect(got['task:gone:x']).toEqual({ status: 'done', at: 1 });
    expect(got['incident:i1']!.accountIds).toEqual(['a1']);
  });

  it.each(['constructor', 'prototype', '__proto__', 'toString'])('ids named like prototype members (%s), e.g. from sync', (id) => {
    const got = accepted(
      editedText((b) => {
        b.records[`account:${id}`] = { ...records(b)['account:a1'], id };
        b.records[`step:${id}:x`] = { status: 'done', at: 1 };
      }),
    );
    expect(got[`account:${id}`]!.id).toBe(id);
    expect(Object.hasOwn(got, `step:${id}:x`)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fields a newer version added to a record are kept, not refused', () => {
    const got = accepted(
      editedText((b) => {
        records(b)['account:a1']!.recoveryMap = { phone: 'p1' };
      }),
    );
    expect(got['account:a1']!.recoveryMap).toEqual({ phone: 'p1' });
  });

  it('kept-aside values, under their own keys', () => {
    const result = parseBackup(
      editedText((b) => {
        b.keptAside = { 'quarantine:1:account:x': { raw: { tier: 42 }, error: 'tier', at: 1 } };
      }),
    );
    expect(result.ok && result.backup.keptAside).toEqual({ 'quarantine:1:account:x': { raw: { tier: 42 }, error: 'tier', at: 1 } });
    expect(
      problemsOf(
        editedText((b) => {
          b.keptAside = { 'account:x': {} };
        }),
      ),
    ).toEqual([{ code: 'unknownRecord', field: 'keptAside.account:x' }]);
  });
});

describe('parseBackup clamps times from the future', () => {
  it('brings change times past now + skew back to now and counts them; a snooze end stays', () => {
    const future = NOW + 365 * 86_400_000;
    const result = parseBackup(
      editedText((b) => {
        records(b)['account:a1']!.updatedAt = future;
        records(b)['step:a1:devices']!.at = future;
      }),
      { now: NOW },
    );
    if (!result.ok) throw new Error('refused');
    expect(result.clamped).toBe(2);
    expect((result.backup.records['account:a1'] as { updatedAt: number }).updatedAt).toBe(NOW);
    expect(result.backup.records['step:a1:devices']).toMatchObject({ at: NOW, until: NOW + 86_400_000 });
  });

  it('leaves times within the skew alone', () => {
    const result = parseBackup(
      editedText((b) => {
        records(b)['account:a1']!.updatedAt = NOW + FUTURE_SKEW_MS;
      }),
      { now: NOW },
    );
    expect(result.ok && result.clamped).toBe(0);
  });
});

describe('parseBackup refuses a hostile file quickly, before any recursive work', () => {
  const deep = (depth: number) =>
    `{"format":"afterleak-backup","version":1,"exportedAt":1,"schema":1,"records":{"settings":${'['.repeat(depth)}${']'.repeat(depth)}}}`;

  it('nesting deeper than the limit (10 KB, 5,000 deep; and 4.5 MB deep), naming where', () => {
    expect(problemsOf(deep(5000))).toEqual([
      { code: 'tooDeep', field: 'records.settings' + '[0]'.repeat(MAX_DEPTH - 3), detail: String(MAX_DEPTH) },
    ]);
    expect(problemsOf(deep(2_300_000))[0]?.code).toBe('tooDeep');
    // Unterminated too: the depth pass never runs past the end of the text.
    expect(problemsOf('['.repeat(100_000))[0]?.code).toBe('tooDeep');
    expect(problemsOf('{"a":"' + 'x'.repeat(1000))[0]?.code).toBe('notJson');
  });

  it('many duplicate keys in a 40 KB file, found in one linear pass', () => {
    const text = `{"format":"afterleak-backup","version":1,"exportedAt":1,"schema":1,"records":{${Array.from({ length: 4000 }, () => '"settings":1').join(',')}}}`;
    const problems = problemsOf(text);
    expect(problems.length).toBe(50);
    expect(problems[0]).toEqual({ code: 'duplicateKey', field: 'records.settings' });
  });

  it('more records than any real backup holds', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_RECORDS + 1 }, (_, i) => [`step:a1:s${i}`, { status: 'done', at: 1 }]));
    expect(
      problemsOf(
        editedText((b) => {
          Object.assign(b.records, many);
        }),
      ),
    ).toEqual([{ code: 'tooMany', detail: String(MAX_RECORDS) }]);
  });

  it('in slices too, with the same answer', async () => {
    let pauses = 0;
    const big = editedText((b) => {
      for (let i = 0; i < 3000; i++) b.records[`step:a1:s${i}`] = { status: 'done', at: 1, note: 'n'.repeat(60) };
    });
    const sliced = await parseBackupInSlices(big, {}, async () => {
      pauses++;
    });
    expect(sliced).toEqual(parseBackup(big));
    expect(sliced.ok).toBe(true);
    expect(pauses).toBeGreaterThan(2);
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
    expect(
      problemsOf(
        editedText((b) => {
          b.version = BACKUP_VERSION + 1;
        }),
      ),
    ).toEqual([{ code: 'newerVersion', detail: String(BACKUP_VERSION + 1) }]);
    // Up front: a newer schema is named as such even when its records would not fit this version at all.
    expect(
      problemsOf(
        editedText((b) => {
          b.schema = CURRENT_SCHEMA + 1;
          b.records = { 'thing:x': 1 };
        }),
      ),
    ).toEqual([{ code: 'newerSchema', detail: String(CURRENT_SCHEMA + 1) }]);
    expect(
      problemsOf(
        editedText((b) => {
          b.schema = CURRENT_SCHEMA + 1;
        }),
      ),
    ).toEqual([{ code: 'newerSchema', detail: String(CURRENT_SCHEMA + 1) }]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('the hostile key %s at any depth', (key) => {
    const top = sampleText().replace('{', `{"${key}": {"polluted": true},`);
    expect(problemsOf(top)).toEqual([{ code: 'hostileKey', field: '(top)', detail: key }]);
    const deep = sampleText().replace('"reminders": {', `"reminders": {"${key}": 1,`);
    expect(problemsOf(deep)).toEqual([{ code: 'hostileKey', field: 'records.settings.reminders', detail: key }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an id in a record key that AfterLeak never makes (a 1 MB id, a space)', () => {
    const huge = 'x'.repeat(1024 * 1024);
    expect(
      problemsOf(
        editedText((b) => {
          b.records[`step:a1:${huge}`] = { status: 'done', at: 1 };
        }),
      )[0],
    ).toMatchObject({ code: 'badId' });
    expect(
      problemsOf(
        editedText((b) => {
          b.records['step:a 1:x'] = { status: 'done', at: 1 };
        }),
      ),
    ).toEqual([{ code: 'badId', field: 'records.step:a 1:x', detail: 'a 1' }]);
  });

  it('the same record twice (JSON.parse would silently keep the last)', () => {
    const text = sampleText().replace('"account:a2": {', '"account:a1": {"id": "a1"},\n"account:a2": {');
    expect(problemsOf(text)).toContainEqual({ code: 'duplicateKey', field: 'records.account:a1' });
  });

  it('an account listed twice in an incident', () => {
    const text = editedText((b) => {
      records(b)['incident:i1']!.accountIds = ['a1', 'a1'];
    });
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
    expect(problemsOf(text)).toEqual(
      expect.arrayContaining([
        { code: 'notAllowed', field: 'records.account:a1.tier', detail: 'super-critical' },
        { code: 'wrongType', field: 'records.account:a1.sharedPassword', detail: 'boolean' },
        { code: 'missing', field: 'records.account:a1.label' },
        { code: 'wrongType', field: 'records.step:a1:devices.at', detail: 'int' },
        { code: 'outOfRange', field: 'records.settings.reminders.dailyCap', detail: '9' },
        { code: 'badFormat', field: 'records.settings.reminders.time', detail: '25:00' },
      ]),
    );
  });

  it('text over its length limit', () => {
    const text = editedText((b) => {
      records(b)['account:a1']!.label = 'x'.repeat(101);
    });
    expect(problemsOf(text)).toEqual([{ code: 'tooLong', field: 'records.account:a1.label', detail: '100' }]);
  });

  it('a record whose id does not match its key', () => {
    const text = editedText((b) => {
      records(b)['account:a1']!.id = 'zz';
    });
    expect(problemsOf(text)).toContainEqual({ code: 'idMismatch', field: 'records.account:a1.id', detail: 'zz' });
  });

  it('keys that are not records AfterLeak stores', () => {
    const text = editedText((b) => {
      b.records['quarantine:1:account:x'] = {};
      b.records.schema = 1;
      b.extra = true;
    });
    expect(problemsOf(text)).toEqual(
      expect.arrayContaining([
        { code: 'unknownField', field: 'extra' },
        { code: 'unknownRecord', field: 'records.schema' },
      ]),
    );
    const text2 = editedText((b) => {
      b.records['quarantine:1:account:x'] = {};
    });
    expect(problemsOf(text2)).toEqual([{ code: 'unknownRecord', field: 'records.quarantine:1:account:x' }]);
  });

  it('a broken header', () => {
    expect(
      problemsOf(
        editedText((b) => {
          b.records = [] as never;
        }),
      ),
    ).toContainEqual({ code: 'badHeader', field: 'records', detail: 'object' });
    expect(
      problemsOf(
        editedText((b) => {
          b.exportedAt = -1;
        }),
      ),
    ).toEqual([{ code: 'badHeader', field: 'exportedAt', detail: '-1' }]);
    expect(
      problemsOf(
        editedText((b) => {
          b.version = 'one' as never;
        }),
      ),
    ).toEqual([{ code: 'badHeader', field: 'version', detail: 'one' }]);
  });
});

describe('parseBackup and older schemas', () => {
  it('brings records of schema 0 through the migrations', () => {
    const result = parseBackup(
      editedText((b) => {
        b.schema = 0;
      }),
    );
    expect(result.ok && result.backup.schema).toBe(CURRENT_SCHEMA);
    expect(result.ok && result.backup.records).toEqual(stateToRecords(sampleState()));
  });
});
