import { describe, expect, it } from 'vitest';
import { keys } from '@/core/keys';
import { emptyState } from '@/core/model';
import { ownTaskRef, readState, refFromKey, refKey, stepRef, taskStateRef } from '@/core/state-ref';

describe("state references: one home for where a step's or task's state lives", () => {
  it("a lock-down task's state is its account step's; any other task has its own record", () => {
    expect(taskStateRef('inc', { id: 'lock.a.password', accountStep: { accountId: 'a', stepId: 'password' } })).toEqual(
      stepRef('a', 'password'),
    );
    expect(taskStateRef('inc', { id: 'police' })).toEqual(ownTaskRef('inc', 'police'));
  });

  it.each([
    [stepRef('a1', 'password'), keys.step('a1', 'password')],
    [ownTaskRef('i1', 'police'), keys.task('i1', 'police')],
  ])('%o is stored under its key and read back from it', (ref, key) => {
    expect(refKey(ref)).toBe(key);
    expect(refFromKey(key)).toEqual(ref);
  });

  it.each(['account:a1', 'settings', 'step:a1', 'task::x', 'nonsense'])('%s names no state', (key) => {
    expect(refFromKey(key)).toBeUndefined();
  });

  it('reads only the record\'s own entries, even for ids like "__proto__"', () => {
    const state = emptyState();
    state.steps = { a1: { password: { status: 'done', at: 1 } } };
    expect(readState(state, stepRef('a1', 'password'))).toEqual({ status: 'done', at: 1 });
    expect(readState(state, stepRef('a1', 'valueOf'))).toBeUndefined();
    expect(readState(state, ownTaskRef('__proto__', 'constructor'))).toBeUndefined();
  });
});
