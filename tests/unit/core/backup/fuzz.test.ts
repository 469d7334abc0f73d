// Hostile and damaged backup files, generated: every file is either refused with its reasons or accepted with
// every record fitting its schema; nothing crashes, nothing hostile is accepted, the user's own exports are
// accepted. `npm test` runs a fixed seed; `npm run fuzz` a longer run (FUZZ_RUNS, FUZZ_SEED) and prints the
// counts and the slowest case (times are reported, never asserted).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_BACKUP_BYTES, backupText, buildBackup, parseBackup } from '@/core/backup';
import { checkRecord } from '@/core/state';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { appStateArb } from './arbitraries';
import { NOW } from './sample';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 15);
const HOSTILE = ['__proto__', 'constructor', 'prototype'];

type Case = { kind: string; text: string; hostile?: boolean; own?: boolean };

const header = (records: string) =>
  `{"format":"afterleak-backup","version":2,"exportedAt":${NOW},"schema":${CURRENT_SCHEMA},"records":${records}}`;

/** Files as an attacker or a broken disk would make them. */
const caseArb: fc.Arbitrary<Case> = fc.oneof(
  appStateArb.map((state) => ({ kind: 'own export', text: backupText(buildBackup(state, NOW)), own: true })),
  fc.tuple(appStateArb, fc.nat(), fc.string({ maxLength: 3 })).map(([state, at, junk]) => {
    const text = backupText(buildBackup(state, NOW));
    const i = at % text.length;
    return { kind: 'damaged', text: text.slice(0, i) + junk + text.slice(i + 1) };
  }),
  fc.tuple(appStateArb, fc.constantFrom(...HOSTILE), fc.nat()).map(([state, key, at]) => {
    const text = backupText(buildBackup(state, NOW));
    const opens = [...text.matchAll(/\{/g)].map((m) => m.index!);
    const i = opens[at % opens.length]! + 1;
    return { kind: 'hostile key', text: `${text.slice(0, i)}"${key}":{"polluted":true},${text.slice(i)}`, hostile: true };
  }),
  fc
    .integer({ min: 33, max: 200_000 })
    .map((depth) => ({ kind: 'deep', text: header(`{"settings":${'['.repeat(depth)}${']'.repeat(depth)}}`) })),
  fc
    .integer({ min: 2, max: 20_000 })
    .map((n) => ({ kind: 'duplicate keys', text: header(`{${Array.from({ length: n }, () => '"settings":{}').join(',')}}`) })),
  fc.integer({ min: 65, max: 100_000 }).map((n) => ({ kind: 'long id', text: header(`{"account:${'x'.repeat(n)}":{}}`) })),
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({ kind: 'any JSON', text: JSON.stringify(value) ?? 'null' })),
  fc
    .jsonValue({ maxDepth: 3 })
    .map((value) => ({ kind: 'any records', text: header(JSON.stringify({ 'account:a': value, settings: value })) })),
  fc.string({ maxLength: 200 }).map((text) => ({ kind: 'any text', text })),
);

/** The files the issue measured: up to the 5 MB limit, each must be refused at once. */
const BIG: Case[] = [
  { kind: 'big: 4.5 MB nested', text: header(`{"settings":${'['.repeat(2_300_000)}${']'.repeat(2_300_000)}}`) },
  { kind: 'big: 4.9 MB duplicate keys', text: header(`{${Array.from({ length: 380_000 }, () => '"settings":1').join(',')}}`) },
  {
    kind: 'big: 4.9 MB of records',
    text: header(`{${Array.from({ length: 120_000 }, (_, i) => `"step:a:s${i}":{"status":"done","at":1}`).join(',')}}`),
  },
  { kind: 'big: 4.9 MB of text', text: header(`{"account:a":{"label":"${'x'.repeat(MAX_BACKUP_BYTES - 400)}"}}`) },
];

describe(`backup fuzz (${RUNS} generated files, seed ${SEED})`, () => {
  it('refuses or accepts every file, never crashes, never accepts a hostile one', () => {
    const counts = { tried: 0, refused: 0, accepted: 0, crashed: 0 };
    const crashes: string[] = [];
    let slowest = { kind: '', ms: 0 };
    const check = (c: Case) => {
      counts.tried++;
      const started = performance.now();
      let result;
      try {
        result = parseBackup(c.text);
      } catch (error) {
        counts.crashed++;
        crashes.push(`${c.kind}: ${String(error).slice(0, 200)}`);
        return;
      } finally {
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { kind: c.kind, ms };
      }
      if (result.ok) {
        counts.accepted++;
        expect(c.hostile, `${c.kind} accepted`).not.toBe(true);
        for (const [key, value] of Object.entries(result.backup.records)) expect(checkRecord(key, value), key).toBeUndefined();
      } else {
        counts.refused++;
        expect(result.problems.length).toBeGreaterThan(0);
        expect(c.own, `the user's own export was refused: ${JSON.stringify(result.problems)}`).not.toBe(true);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    };
    fc.assert(
      fc.property(caseArb, (c) => {
        check(c);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    for (const c of BIG) check(c);
    console.log(
      `backup fuzz: ${counts.tried} tried, ${counts.refused} refused, ${counts.accepted} accepted, ${counts.crashed} crashes; slowest ${slowest.ms.toFixed(0)} ms (${slowest.kind})`,
    );
    expect(crashes).toEqual([]);
  }, 600_000);
});
