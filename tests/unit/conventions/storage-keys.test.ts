// Every storage key has one home, core/keys.ts (issue 17): no other source file spells a key out. A key-shaped
// literal elsewhere is a second definition that can drift from the first (a renamed prefix, a typo'd area).
import { describe, expect, it } from 'vitest';
import { linesMatching, readSource, sourceFiles } from './source';
import { PANEL_ACCOUNT_KEY, REMINDER_LOG_KEY, SYNC_META_KEY, SYNC_PREFIX, keys } from '@/core/keys';

const ROOTS = ['core', 'lib', 'components', 'entrypoints', 'data'];
const HOME = 'core/keys.ts';

// A string or template literal that starts with a record prefix or a @wxt-dev/storage area ("account:",
// "local:") or is one of the bookkeeping keys.
const PREFIX = /['"`](account|step|incident|task|evidence|quarantine|acct|local|session|sync):/;
const NAMED = new RegExp(`['"\`](${[REMINDER_LOG_KEY, SYNC_META_KEY, PANEL_ACCOUNT_KEY].join('|')})['"\`]`);

const keyLiterals = (text: string) => linesMatching(text, PREFIX, NAMED);

describe('storage keys are written only in core/keys.ts', () => {
  it('finds each kind of key-shaped literal (the scan itself works)', () => {
    const samples = [
      "key.startsWith('account:')",
      'const key = `step:${a}:${b}`',
      "storage.getItem('session:panelAccount')",
      "readInternal('reminder-log', parse)",
      'const k = "sync-meta";',
      "const SYNC = 'acct:'",
      'storage.getItem(`local:${key}`)',
    ];
    expect(samples.filter((sample) => keyLiterals(sample).length === 0)).toEqual([]);
    expect(keyLiterals("t('accounts.title'); const url = 'https://example.com/'; const id = `reminder:${at}`")).toEqual([]);
  });

  it('the home defines what the scan looks for', () => {
    expect([keys.account('a'), keys.step('a', 'b'), keys.syncAccount('a'), SYNC_PREFIX]).toEqual([
      'account:a',
      'step:a:b',
      'acct:a',
      'acct:',
    ]);
  });

  it('scans a real number of files', () => {
    expect(ROOTS.flatMap(sourceFiles).length).toBeGreaterThan(80);
  });

  it.each(ROOTS)('%s/ spells out no storage key', (root) => {
    const found = sourceFiles(root)
      .filter((file) => file !== HOME)
      .flatMap((file) => keyLiterals(readSource(file)).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });
});
