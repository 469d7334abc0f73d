// The one set of step buttons used by a guide's steps, a leak's tasks, the plan's next-task card and one step
// at a time: the page first, then the answers, with the same accessible names everywhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { StepActions } from '@/components/guide/StepActions';
import { StepItem } from '@/components/guide/StepItem';
import { TaskItem } from '@/components/leak/TaskItem';
import { GuidedWalk } from '@/components/guided/GuidedWalk';
import type { GuideStep } from '@/core/guide';
import type { PlanTask } from '@/core/plan/types';

afterEach(cleanup);

const DAY = 86_400_000;
const ANSWERS = ['Done', 'Done another way', 'Not applicable'];

/** The names of the step's controls, in the order a reader (and Tab) meets them. */
const controls = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('.step-actions a[href], .step-actions button')].map(
    (element) => element.getAttribute('aria-label') ?? element.textContent!.trim(),
  );

describe('StepActions', () => {
  it('puts the page link first and the answers after it, in one group', () => {
    const onSet = vi.fn();
    render(<StepActions idBase="s1" title="Change your password" url="https://example.com/" status="open" onSet={onSet} />);
    expect(controls(document)).toEqual(['Open the page: Change your password', ...ANSWERS, 'Snooze']);
    const group = screen.getByRole('group', { name: 'How did it go?' });
    fireEvent.click(screen.getByRole('button', { name: 'Done another way' }));
    expect(onSet).toHaveBeenCalledWith('done-other');
    expect(group.contains(screen.getByRole('button', { name: 'Done' }))).toBe(true);
  });

  it('asks for a date on Snooze, and puts off at once on Later', () => {
    const onSet = vi.fn();
    const { unmount } = render(<StepActions idBase="s1" title="T" status="open" onSet={onSet} snoozeDays={3} />);
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm snooze' }));
    expect(onSet).toHaveBeenCalledWith('snoozed', { until: expect.any(Number) as number });
    const until = (onSet.mock.calls[0]![1] as { until: number }).until;
    expect(until - Date.now()).toBeGreaterThan(2 * DAY);
    expect(until - Date.now()).toBeLessThan(4 * DAY);
    unmount();
    render(<StepActions idBase="s2" title="T" status="open" onSet={onSet} laterUntil={123} />);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onSet).toHaveBeenLastCalledWith('snoozed', { until: 123 });
  });

  it('offers "Mark as to do" once closed, after the page link', () => {
    const onSet = vi.fn();
    render(<StepActions idBase="s1" title="T" url="https://example.com/" status="done" onSet={onSet} />);
    expect(controls(document)).toEqual(['Open the page: T', 'Mark as to do']);
    fireEvent.click(screen.getByRole('button', { name: 'Mark as to do' }));
    expect(onSet).toHaveBeenCalledWith('pending');
  });
});

describe('every step surface uses it', () => {
  const expected = ['Open the page: Step one', ...ANSWERS];

  it('a guide step', () => {
    const step = {
      id: 'one',
      title: { en: 'Step one' },
      how: { en: 'Do it' },
      url: 'https://example.com/',
      risk: 'high',
      minutes: 2,
      verified: true,
    } as unknown as GuideStep;
    render(
      <ol>
        <StepItem step={step} status="open" state={undefined} checked="2026-11-29" onSet={vi.fn()} onNote={vi.fn()} />
      </ol>,
    );
    expect(controls(document).slice(0, 4)).toEqual(expected);
    // How-to first: the step's how-to comes before its buttons.
    const how = screen.getByText('Do it');
    expect(how.compareDocumentPosition(document.querySelector('.step-actions')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a leak task', () => {
    const task = {
      id: 'task-1',
      phase: 'report',
      title: { key: 'x' },
      stepText: { title: { en: 'Step one' }, how: { en: 'Do it' } },
      url: 'https://example.com/',
      minutes: 5,
      dueAt: Date.now() + DAY,
    } as unknown as PlanTask;
    render(
      <ol>
        <TaskItem task={task} info={{ status: 'open' } as never} headingLevel={4} onSet={vi.fn()} onNote={vi.fn()} />
      </ol>,
    );
    expect(controls(document).slice(0, 4)).toEqual(expected);
  });

  it('one step at a time', () => {
    render(
      <GuidedWalk
        title="Walk"
        steps={[{ id: 'one', title: 'Step one', how: 'Do it', minutes: 2, url: 'https://example.com/', status: 'open' }]}
        position="one"
        exitHref="#/"
        laterDays={3}
        now={Date.now()}
        onSet={vi.fn()}
        onMove={vi.fn()}
        finish={null}
      />,
    );
    expect(controls(document)).toEqual([...expected, 'Later']);
  });
});
