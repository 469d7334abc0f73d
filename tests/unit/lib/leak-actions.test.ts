// The leak views' writes: a lock-down task writes its account step, other tasks their own record, and every
// change comes with an undo that puts back exactly what was there.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteEvidence, deleteIncident, putEvidence, setTaskNote, setTaskStatus, updateIncident } from '@/lib/leak-actions';
import type { Evidence, Incident } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';

const NOW = 1_764_000_000_000;
const incident: Incident = {
  id: 'inc1',
  discoveredAt: NOW,
  source: 'ShopCo',
  howLearned: 'news',
  leaked: ['password'],
  passwordReused: false,
  cardSecretsLeaked: false,
  region: 'uk',
  accountIds: ['mail'],
  createdAt: NOW,
  updatedAt: NOW,
};
const base = { phase: 'procedure', urgent: false, dueAt: NOW, title: { key: 'x' }, minutes: 1 } as const;
const ownTask: PlanTask = { ...base, id: 'keep-evidence' };
const lockTask: PlanTask = {
  ...base,
  id: 'lock.mail.password',
  phase: 'lock-down',
  accountStep: { accountId: 'mail', stepId: 'password' },
};
const evidence: Evidence = {
  id: 'e1',
  incidentId: 'inc1',
  kind: 'sms',
  at: NOW,
  from: '106',
  summary: 'fake refund',
  fileName: 'a.png',
  createdAt: NOW,
  updatedAt: NOW,
};
const raw = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, Record<string, unknown>>>;

describe('task states', () => {
  it('writes a lock-down task to its account step, keeps the old note, and undoes to the old state', async () => {
    const old = { status: 'done' as const, at: NOW - 10, note: 'before' };
    await fakeBrowser.storage.local.set({ 'step:mail:password': old });
    const undo = await setTaskStatus(incident, lockTask, 'done');
    expect((await raw())['step:mail:password']).toMatchObject({ status: 'done', note: 'before' });
    expect((await raw())['step:mail:password']!.at as number).toBeGreaterThan(NOW);
    expect(Object.keys(await raw()).some((key) => key.startsWith('task:'))).toBe(false);
    await undo();
    expect((await raw())['step:mail:password']).toEqual(old);
  });

  it('writes other tasks under the incident; back to "to do" without a note removes the record', async () => {
    const undoSnooze = await setTaskStatus(incident, ownTask, 'snoozed', { until: NOW + 5 });
    expect((await raw())['task:inc1:keep-evidence']).toMatchObject({ status: 'snoozed', until: NOW + 5 });
    await setTaskStatus(incident, ownTask, 'pending');
    expect((await raw())['task:inc1:keep-evidence']).toBeUndefined();
    await undoSnooze();
    expect((await raw())['task:inc1:keep-evidence']).toBeUndefined();
  });

  it('saves a note without changing when the task was done, and undoes it', async () => {
    const done = { status: 'done' as const, at: NOW };
    await fakeBrowser.storage.local.set({ 'task:inc1:keep-evidence': done });
    const undo = await setTaskNote(incident, ownTask, '  screenshots in the Leak album  ');
    expect((await raw())['task:inc1:keep-evidence']).toEqual({ status: 'done', at: NOW, note: 'screenshots in the Leak album' });
    await undo();
    expect((await raw())['task:inc1:keep-evidence']).toEqual(done);
  });
});

describe('incident and evidence', () => {
  it('updates a field, removes one set to undefined, and undoes', async () => {
    await fakeBrowser.storage.local.set({ 'incident:inc1': { ...incident, losses: '¥10' } });
    const undo = await updateIncident({ ...incident, losses: '¥10' }, { losses: undefined, closedAt: NOW + 1 });
    const stored = (await raw())['incident:inc1']!;
    expect('losses' in stored).toBe(false);
    expect(stored.closedAt).toBe(NOW + 1);
    await undo();
    const undone = (await raw())['incident:inc1']!;
    expect(undone.losses).toBe('¥10');
    expect('closedAt' in undone).toBe(false);
  });

  it('writes only the changed fields onto the stored leak: a note saved meanwhile in another view stays, undo included', async () => {
    await fakeBrowser.storage.local.set({ 'incident:inc1': incident });
    const staleCopy = { ...incident };
    await fakeBrowser.storage.local.set({ 'incident:inc1': { ...incident, notes: 'bank says wait', updatedAt: NOW + 5 } });
    const undo = await updateIncident(staleCopy, { closedAt: NOW + 10 });
    expect((await raw())['incident:inc1']).toMatchObject({ notes: 'bank says wait', closedAt: NOW + 10 });
    await undo();
    const undone = (await raw())['incident:inc1']!;
    expect(undone.notes).toBe('bank says wait');
    expect('closedAt' in undone).toBe(false);
  });

  it('deletes an incident with its task states and evidence, and the undo brings all of it back', async () => {
    const before = {
      'incident:inc1': incident,
      'task:inc1:keep-evidence': { status: 'done', at: NOW },
      'evidence:e1': evidence,
      'evidence:e2': { ...evidence, id: 'e2', incidentId: 'other' },
    };
    await fakeBrowser.storage.local.set(before);
    const undo = await deleteIncident('inc1', ['e1']);
    expect(Object.keys(await raw())).toEqual(['evidence:e2']);
    await undo();
    expect(await raw()).toEqual(before);
  });

  it('adds, edits and deletes evidence, each with an undo', async () => {
    const undoAdd = await putEvidence(evidence, undefined);
    expect((await raw())['evidence:e1']).toEqual(evidence);
    const edited = { ...evidence, summary: 'fake refund, asked for a code' };
    const undoEdit = await putEvidence(edited, evidence);
    await undoEdit();
    expect((await raw())['evidence:e1']).toEqual(evidence);
    const undoDelete = await deleteEvidence('e1');
    expect((await raw())['evidence:e1']).toBeUndefined();
    await undoDelete();
    expect((await raw())['evidence:e1']).toEqual(evidence);
    await undoAdd();
    expect((await raw())['evidence:e1']).toBeUndefined();
  });
});
