// Raw storage as each schema version wrote it, upgraded to today's: nothing lost, nothing set aside.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CURRENT_SCHEMA, planUpgrade } from '@/core/migrations';
import { QUARANTINE_PREFIX, SCHEMA_KEY, parseKey } from '@/core/keys';
import { parseState } from '@/core/state';
import { loadState } from '@/lib/storage';

const NOW = 1_765_000_000_000;
const fixturePath = (version: number) => `tests/unit/fixtures/schema-${version}.json`;
const fixture = (version: number) => JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Record<string, unknown>;
const versions = Array.from({ length: CURRENT_SCHEMA + 1 }, (_, version) => version);

function upgraded(raw: Record<string, unknown>) {
  const plan = planUpgrade(raw, NOW);
  const after = { ...raw };
  for (const key of plan.remove) delete after[key];
  Object.assign(after, plan.set);
  return { plan, after };
}

const recordKeys = (raw: Record<string, unknown>) => Object.keys(raw).filter((key) => parseKey(key));

describe('stored data of every schema version upgrades with nothing lost', () => {
  it('has a fixture for each version, so a new migration comes with the data it must carry', () => {
    expect(versions.filter((version) => !existsSync(fixturePath(version)))).toEqual([]);
  });

  it.each(versions)('schema %i', (version) => {
    const raw = fixture(version);
    // Every kind of record is in the fixture, so every migration sees each shape.
    expect(new Set(recordKeys(raw).map((key) => parseKey(key)!.kind))).toEqual(
      new Set(['settings', 'account', 'step', 'incident', 'task', 'evidence']),
    );
    const { plan, after } = upgraded(raw);
    expect(plan.quarantined).toEqual([]);
    expect(after[SCHEMA_KEY]).toBe(CURRENT_SCHEMA);
    // Records (today's shape, for schema 1) and everything that is not a record, as they were.
    for (const key of Object.keys(raw).filter((key) => key !== SCHEMA_KEY)) expect(after[key], key).toEqual(raw[key]);
    const { state, invalid } = parseState(after);
    expect(invalid).toEqual([]);
    expect(state.accounts).toHaveLength(recordKeys(raw).filter((key) => key.startsWith('account:')).length);
    expect(state.evidence).toHaveLength(recordKeys(raw).filter((key) => key.startsWith('evidence:')).length);
    expect(upgraded(after).plan).toMatchObject({ set: {}, remove: [] });
  });

  it('empty storage gets only the schema mark', () => {
    const { plan, after } = upgraded({});
    expect(plan.quarantined).toEqual([]);
    expect(after).toEqual({ [SCHEMA_KEY]: CURRENT_SCHEMA });
  });

  it('a value that fails to migrate is kept aside under its own key with the reason, never dropped', () => {
    const raw = fixture(0);
    const broken = { ...(raw['account:k3f9Qa1'] as object), tier: 'vip', label: 42 };
    const { plan, after } = upgraded({ ...raw, 'account:k3f9Qa1': broken });
    expect(plan.quarantined).toEqual(['account:k3f9Qa1']);
    expect(after['account:k3f9Qa1']).toBeUndefined();
    const kept = Object.entries(after).filter(([key]) => key.startsWith(QUARANTINE_PREFIX) && key.endsWith(':account:k3f9Qa1'));
    expect(kept).toEqual([
      [`${QUARANTINE_PREFIX}${NOW}:account:k3f9Qa1`, { raw: broken, error: expect.stringMatching(/tier.*label|label.*tier/s), at: NOW }],
    ]);
    // Its step states are not dropped with it either.
    expect(after['step:k3f9Qa1:change-password']).toEqual(raw['step:k3f9Qa1:change-password']);
  });

  it.each(versions)('through the storage module: schema %i loads in full and storage keeps every value', async (version) => {
    const raw = fixture(version);
    await fakeBrowser.storage.local.set(raw);
    const loaded = await loadState();
    expect(loaded.invalid).toEqual([]);
    expect(loaded.state.accounts.map((a) => a.id).sort()).toEqual(['alipay01', 'c_custom-7', 'k3f9Qa1']);
    expect(loaded.state.steps.k3f9Qa1?.['two-step']?.note).toBe('Security key added at the office');
    expect(loaded.state.tasks.inc2026a?.['report-police']?.status).toBe('done');
    expect(loaded.quarantine.map((q) => q.key)).toEqual(Object.keys(raw).filter((key) => key.startsWith(QUARANTINE_PREFIX)));
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ ...raw, [SCHEMA_KEY]: CURRENT_SCHEMA });
  });
});
