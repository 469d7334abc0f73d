import { describe, expect, it } from 'vitest';
import { draftFromIncident, emptyDraft, incidentFromDraft } from '@/core/incident-form';
import { NOW } from '../plan/fixtures';

describe('the leak form keeps which phones and mailboxes leaked', () => {
  const base = { ...emptyDraft('cn', NOW), source: 'Courier Co' };
  it('saves the ticked routes only for a kind that leaked, and reads them back', () => {
    const incident = incidentFromDraft({ ...base, leaked: ['phone'], leakedPhones: ['main phone'], leakedMailboxes: ['m1'] }, 'i1', NOW);
    expect(incident.leakedPhones).toEqual(['main phone']);
    expect(incident.leakedMailboxes).toBeUndefined();
    expect(draftFromIncident(incident, []).leakedPhones).toEqual(['main phone']);
  });
  it('an edit that unticks "phone" drops the phones it named; no choice means all', () => {
    const incident = incidentFromDraft({ ...base, leaked: ['phone'], leakedPhones: ['main phone'] }, 'i1', NOW);
    const edited = incidentFromDraft({ ...draftFromIncident(incident, []), leaked: ['address'] }, 'i1', NOW, incident);
    expect(edited).not.toHaveProperty('leakedPhones');
    expect(incidentFromDraft({ ...base, leaked: ['phone'] }, 'i2', NOW)).not.toHaveProperty('leakedPhones');
  });
});
