// The "I had a leak" form: its checks, and the incident it saves.
import { describe, expect, it } from 'vitest';
import {
  checkIncidentDraft,
  draftFromIncident,
  emptyDraft,
  fromDateTimeInput,
  incidentFromDraft,
  toDateTimeInput,
  type IncidentDraft,
} from '@/core/incident-form';
import { fromDateInput } from '@/core/format';
import { IncidentSchema } from '@/core/model';

const NOW = new Date(2026, 2, 10, 15, 30).getTime();
const valid: IncidentDraft = { ...emptyDraft('cn', NOW), source: 'ShopCo', leaked: ['phone'] };

describe('checkIncidentDraft', () => {
  it.each<[string, Partial<IncidentDraft>, string[]]>([
    ['a valid draft', {}, []],
    ['no source', { source: '  ' }, ['source-empty']],
    ['a very long source', { source: 'x'.repeat(201) }, ['source-too-long']],
    ['nothing ticked', { leaked: [] }, ['nothing-leaked']],
    ['no discovery time', { discovered: '' }, ['discovered-invalid']],
    ['discovery tomorrow', { discovered: '2026-03-11T15:30' }, ['discovered-future']],
    ['a leak after the discovery', { leakedOn: '2026-03-11', discovered: '2026-03-10T09:00' }, ['leaked-after-discovered']],
    ['a leak the same day', { leakedOn: '2026-03-10', discovered: '2026-03-10T09:00' }, []],
    ['a broken leak date', { leakedOn: '2026-13-45x' }, ['leaked-invalid']],
    ['everything wrong at once', { source: '', leaked: [], discovered: 'nope' }, ['discovered-invalid', 'source-empty', 'nothing-leaked']],
  ])('%s', (_label, change, errors) => {
    expect(checkIncidentDraft({ ...valid, ...change }, NOW)).toEqual(errors);
  });
});

describe('incidentFromDraft', () => {
  it('builds a valid incident and drops flags that do not apply', () => {
    const incident = incidentFromDraft(
      {
        ...valid,
        leaked: ['phone'],
        passwordReused: true,
        cardSecretsLeaked: true,
        leakedOn: '2026-03-01',
        sourceCategory: 'shopping',
        source: ' ShopCo ',
      },
      'inc1',
      NOW,
    );
    expect(IncidentSchema.safeParse(incident).success).toBe(true);
    expect(incident).toMatchObject({
      id: 'inc1',
      source: 'ShopCo',
      passwordReused: false,
      cardSecretsLeaked: false,
      sourceCategory: 'shopping',
      leakedAt: fromDateInput('2026-03-01'),
      discoveredAt: fromDateTimeInput(valid.discovered),
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('keeps creation time, losses and notes when editing, and removes a cleared leak date', () => {
    const first = incidentFromDraft({ ...valid, leakedOn: '2026-03-01' }, 'inc1', NOW);
    const edited = incidentFromDraft({ ...draftFromIncident({ ...first, losses: '¥200' }, []), leakedOn: '' }, 'inc1', NOW + 1000, {
      ...first,
      losses: '¥200',
    });
    expect(edited.createdAt).toBe(NOW);
    expect(edited.updatedAt).toBe(NOW + 1000);
    expect(edited.losses).toBe('¥200');
    expect('leakedAt' in edited).toBe(false);
  });

  it('round-trips through the draft', () => {
    const incident = incidentFromDraft(
      { ...valid, leaked: ['bank-card', 'password'], cardSecretsLeaked: true, passwordReused: true, accountIds: ['a'] },
      'i',
      NOW,
    );
    expect(incidentFromDraft(draftFromIncident(incident, []), 'i', NOW, incident)).toEqual(incident);
  });
});

describe('date-time inputs', () => {
  it('reads back what it writes, to the minute', () => {
    expect(fromDateTimeInput(toDateTimeInput(NOW))).toBe(NOW);
    expect(fromDateTimeInput('2026-03-10 15:30')).toBeUndefined();
  });
});
