// One step at a time: where a walk starts and goes after an answer, the order a plan is walked in, the
// walk's keyboard-visible stepper, and what the finish says.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FINISH, GuidedWalk, nextPosition, startPosition, type GuidedStep } from '@/components/guided/GuidedWalk';
import { Finish } from '@/components/guided/Finish';
import { guidedOrder } from '@/components/guided/plan-order';
import type { EffectiveStatus } from '@/core/guide';
import type { PlanTask } from '@/core/plan/types';

afterEach(cleanup);

const NOW = Date.UTC(2026, 11, 1, 10);
const DAY = 86_400_000;

const step = (id: string, status: EffectiveStatus = 'open'): GuidedStep => ({
  id,
  title: `Title ${id}`,
  how: `How ${id}`,
  minutes: 5,
  status,
});

describe('where a walk starts and where an answer leads', () => {
  const steps = [step('a', 'done'), step('b'), step('c', 'snoozed'), step('d')];

  it('resumes the remembered step while it is open, else the preferred one, else the first open one', () => {
    expect(startPosition(steps, 'd', 'b')).toBe('d');
    expect(startPosition(steps, 'a', 'd')).toBe('d'); // remembered, but done since
    expect(startPosition(steps, 'gone', undefined)).toBe('b');
    expect(startPosition(steps, undefined, 'c')).toBe('b'); // a snoozed step never leads
    expect(startPosition([step('a', 'done'), step('c', 'snoozed')], undefined, 'a')).toBe(FINISH);
  });

  it('goes to the next open step, then back to an earlier open one, then to the finish', () => {
    expect(nextPosition(steps, 1)).toBe('d');
    expect(nextPosition(steps, 3)).toBe('b');
    expect(nextPosition([step('a', 'done'), step('b')], 1)).toBe(FINISH);
  });
});

describe('the order a plan is walked in', () => {
  const task = (id: string, phase: PlanTask['phase'], dueIn: number, urgent = false): PlanTask =>
    ({ id, phase, urgent, dueAt: NOW + dueIn, title: { key: id }, minutes: 5 }) as PlanTask;

  it('takes the phases in turn, then due time, urgent first at the same time, then the plan order', () => {
    const tasks = [
      task('later-procedure', 'procedure', DAY),
      task('lock-late', 'lock-down', 3 * DAY),
      task('lock-soon', 'lock-down', DAY),
      task('data-plain', 'data', DAY),
      task('data-urgent', 'data', DAY, true),
      task('data-plain-2', 'data', DAY),
      task('follow', 'follow-up', 0),
    ];
    expect(guidedOrder(tasks).map((one) => one.id)).toEqual([
      'lock-soon',
      'lock-late',
      'data-urgent',
      'data-plain',
      'data-plain-2',
      'later-procedure',
      'follow',
    ]);
  });
});

describe('GuidedWalk', () => {
  it('shows one step with its place in the list, names each stepper button with its status, and answers move on', () => {
    const onSet = vi.fn();
    const onMove = vi.fn();
    const steps = [step('a', 'done'), step('b'), step('c')];
    render(
      <GuidedWalk
        title="One step at a time: Shop"
        steps={steps}
        position="b"
        exitHref="#/leak/x"
        laterDays={3}
        now={NOW}
        onSet={onSet}
        onMove={onMove}
        finish={<p>finish</p>}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Step 2 of 3Title b');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3 }));
    const stepper = screen.getByRole('navigation', { name: 'Steps' });
    expect(stepper.querySelector('[aria-current="step"]')?.getAttribute('aria-label')).toBe('Step 2 of 3, Title b: To do');
    expect(stepper.querySelector('button')?.getAttribute('aria-label')).toBe('Step 1 of 3, Title a: Done');
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onSet).toHaveBeenCalledWith(steps[1], 'snoozed', { until: NOW + 3 * DAY });
    expect(onMove).toHaveBeenCalledWith('c');
  });
});

describe('Finish', () => {
  const item = (id: string, status: EffectiveStatus, at: number, group?: string) =>
    ({
      id,
      title: `Task ${id}`,
      status,
      state: { status: status === 'open' ? 'pending' : status, at, until: NOW + 5 * DAY },
      group,
    }) as const;

  it('says what was achieved, with the accounts secured and the dates, and the next check-up', () => {
    render(
      <Finish
        completeTitle="Plan complete"
        completeLead="All dealt with."
        checkup
        now={NOW}
        items={[item('a', 'done', NOW - 2 * DAY, 'Gmail'), item('b', 'not-applicable', NOW - DAY, 'Gmail'), item('c', 'done-other', NOW)]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Plan complete' });
    expect(region.textContent).toContain('3 of 3 dealt with');
    expect(region.textContent).toContain('1 done, 1 done another way, 1 not applicable');
    expect(region.textContent).toContain('Account secured: Gmail');
    expect(region.textContent).toContain('Between 29 Nov 2026 and 1 Dec 2026');
    expect(region.textContent).toContain('A check-up around 1 Jun 2027');
  });

  it('is not "complete" while something waits, and says until when', () => {
    render(
      <Finish
        completeTitle="Plan complete"
        completeLead="All dealt with."
        checkup={false}
        now={NOW}
        items={[item('a', 'done', NOW, 'Gmail'), item('b', 'snoozed', NOW, 'Gmail')]}
      />,
    );
    expect(screen.queryByText('Plan complete')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('That is all for now: what is left is put off until later');
    expect(document.body.textContent).toContain('“Task b”: put off until 6 Dec 2026');
    expect(document.body.textContent).not.toContain('Account secured');
    expect(document.body.textContent).toContain('check-up reminders are off');
  });
});
