import { describe, expect, it } from 'vitest';
import { withNote, withStatus } from '@/core/step-state';

const NOW = 1_764_000_000_000;

describe('withStatus', () => {
  it.each([
    ['marks done, dated now', undefined, 'done', undefined, { status: 'done', at: NOW }],
    [
      'keeps the note',
      { status: 'pending', at: 1, note: 'n' },
      'not-applicable',
      undefined,
      { status: 'not-applicable', at: NOW, note: 'n' },
    ],
    ['snoozes until a time', undefined, 'snoozed', NOW + 5, { status: 'snoozed', at: NOW, until: NOW + 5 }],
    ['back to "to do" with no note stores nothing', { status: 'done', at: 1 }, 'pending', undefined, undefined],
    ['back to "to do" keeps a note', { status: 'done', at: 1, note: 'n' }, 'pending', undefined, { status: 'pending', at: NOW, note: 'n' }],
  ] as const)('%s', (_name, current, status, until, expected) => {
    expect(withStatus(current, status, NOW, until)).toEqual(expected);
  });
});

describe('withNote', () => {
  it('trims the note and keeps when the step was done', () => {
    expect(withNote({ status: 'done', at: 5 }, '  called 95588  ', NOW)).toEqual({ status: 'done', at: 5, note: 'called 95588' });
  });
  it('removes an emptied note', () => {
    expect(withNote({ status: 'done', at: 5, note: 'x' }, '   ', NOW)).toEqual({ status: 'done', at: 5 });
  });
  it('starts a pending state for a note on an untouched step', () => {
    expect(withNote(undefined, 'later', NOW)).toEqual({ status: 'pending', at: NOW, note: 'later' });
  });
});
