import { describe, expect, it } from 'vitest';
import { planImport, previewIsEmpty, stateToRecords } from '@/core/backup';
import { NOW, sampleState } from './sample';

const current = () => stateToRecords(sampleState());

describe('planImport', () => {
  it('replace: adds, changes and removes so that storage ends up equal to the backup', () => {
    const incoming = current();
    delete incoming['account:a2'];
    incoming['account:a3'] = { ...(incoming['account:a1'] as object), id: 'a3', label: 'Work mail' };
    incoming['step:a1:devices'] = { status: 'done', at: NOW - 1 };
    const plan = planImport(current(), incoming, 'replace');
    expect(plan.preview.account).toEqual({ added: ['account:a3'], changed: [], removed: ['account:a2'], unchanged: 1 });
    expect(plan.preview.step).toEqual({ added: [], changed: ['step:a1:devices'], removed: [], unchanged: 1 });
    expect(plan.set).toEqual({ 'account:a3': incoming['account:a3'], 'step:a1:devices': incoming['step:a1:devices'] });
    expect(plan.remove).toEqual(['account:a2']);
  });

  it('merge: the newer copy wins per record, settings stay, and nothing is removed', () => {
    const mine = current();
    const incoming = current();
    delete incoming['account:a2'];
    incoming['account:a1'] = { ...(incoming['account:a1'] as object), label: 'newer', updatedAt: NOW + 100 };
    incoming['incident:i1'] = { ...(incoming['incident:i1'] as object), source: 'older', updatedAt: NOW - 100 };
    incoming['step:a1:devices'] = { status: 'done', at: NOW + 100 };
    incoming['task:i1:call-bank'] = { status: 'pending', at: NOW };
    incoming.settings = { ...(incoming.settings as object), language: 'en' };
    incoming['evidence:e2'] = { ...(incoming['evidence:e1'] as object), id: 'e2' };
    const plan = planImport(mine, incoming, 'merge');
    expect(Object.keys(plan.set).sort()).toEqual(['account:a1', 'evidence:e2', 'step:a1:devices']);
    expect(plan.remove).toEqual([]);
    expect(plan.preview.settings).toEqual({ added: [], changed: [], removed: [], unchanged: 1 });
    expect(plan.preview.incident.unchanged).toBe(1);
    expect(plan.preview.task.unchanged).toBe(1);
  });

  it('merge keeps my copy when both were changed at the same moment', () => {
    const incoming = current();
    incoming['account:a1'] = { ...(incoming['account:a1'] as object), label: 'theirs' };
    expect(planImport(current(), incoming, 'merge').set).toEqual({});
  });

  it('importing the same backup twice changes nothing the second time', () => {
    expect(previewIsEmpty(planImport(current(), current(), 'replace').preview)).toBe(true);
    expect(previewIsEmpty(planImport(current(), current(), 'merge').preview)).toBe(true);
  });

  it('compares records whatever the order of their fields', () => {
    const incoming = current();
    const { id, label, ...rest } = incoming['account:a1'] as Record<string, unknown>;
    incoming['account:a1'] = { ...rest, label, id };
    expect(planImport(current(), incoming, 'replace').set).toEqual({});
  });
});
