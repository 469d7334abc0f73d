import { describe, expect, it } from 'vitest';
import { snoozeItem } from '@/lib/snooze';
import { loadState } from '@/lib/storage';
import { saveStepState, updateStepState } from '@/lib/storage-writes';

const NOW = 1_764_000_000_000;
const DAY = 86_400_000;

describe('snoozeItem', () => {
  it('snoozes a step until a time, keeping its note', async () => {
    await saveStepState('a1', 'devices', { status: 'pending', at: NOW - DAY, note: 'ask IT first' });
    await snoozeItem('step:a1:devices', NOW + DAY, NOW);
    expect((await loadState()).state.steps.a1?.devices).toEqual({ status: 'snoozed', at: NOW, until: NOW + DAY, note: 'ask IT first' });
  });

  it('snoozes a plan task that had no state yet', async () => {
    await snoozeItem('task:i1:freeze-credit', NOW + 2 * DAY, NOW);
    expect((await loadState()).state.tasks.i1?.['freeze-credit']).toEqual({ status: 'snoozed', at: NOW, until: NOW + 2 * DAY });
  });

  it('refuses anything but a step or task key, and a time in the past', async () => {
    await expect(snoozeItem('account:a1', NOW + DAY, NOW)).rejects.toThrow(/Not a step or task/);
    await expect(snoozeItem('step:a1:devices', NOW - 1, NOW)).rejects.toThrow(/future/);
    expect((await loadState()).state.steps).toEqual({});
  });

  it('loses neither change when a note and a snooze of the same step are written at once', async () => {
    await Promise.all([
      updateStepState('a1', 'devices', (previous) => ({ status: 'pending', at: NOW, ...previous, note: 'written meanwhile' })),
      snoozeItem('step:a1:devices', NOW + DAY, NOW),
    ]);
    expect((await loadState()).state.steps.a1?.devices).toMatchObject({ status: 'snoozed', note: 'written meanwhile' });
  });
});
