// Every free text goes through the one secret-watching field (components/NoteField.tsx, issue 17): the leak's
// losses and notes and an evidence item's sender and summary hold back a password-like text until the user
// confirms, exactly as step and task notes do.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { EvidenceForm } from '@/components/leak/EvidenceForm';
import { IncidentTextField } from '@/components/leak/IncidentTextField';
import type { Incident } from '@/core/model';

afterEach(cleanup);

const CODE = '验证码 482913';
const confirmBox = () => screen.getByRole('checkbox', { name: 'This is not a password, PIN or code' });

describe('the evidence form', () => {
  it.each(['From (number, address or account)', 'What happened'])('holds back a code typed into "%s" until it is confirmed', (label) => {
    const onSave = vi.fn();
    render(<EvidenceForm incidentId="i1" onSave={onSave} onCancel={vi.fn()} />);
    if (label !== 'What happened') fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'a call about my parcel' } });
    fireEvent.input(screen.getByLabelText(label), { target: { value: CODE } });
    expect(screen.getByRole('alert').textContent).toMatch(/password, PIN or one-time code/);
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(confirmBox());
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject(label === 'What happened' ? { summary: CODE } : { from: CODE });
  });

  it('saves an ordinary entry without asking', () => {
    const onSave = vi.fn();
    render(<EvidenceForm incidentId="i1" onSave={onSave} onCancel={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('From (number, address or account)'), { target: { value: '+1 555 0100' } });
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'Caller knew my order number' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});

describe('a leak’s losses and notes', () => {
  const incident = { id: 'i1', losses: '' } as unknown as Incident;

  it.each([
    ['losses', 'Losses', 'Save losses'],
    ['notes', 'Notes', 'Save notes'],
  ] as const)(
    '%s: a code keeps the save button off until it is confirmed, and the confirmation lapses on an edit',
    (field, label, button) => {
      render(<IncidentTextField incident={incident} field={field} showToast={vi.fn()} />);
      const save = screen.getByRole('button', { name: button }) as HTMLButtonElement;
      const text = screen.getByRole('textbox', { name: label });
      fireEvent.input(text, { target: { value: CODE } });
      expect(save.disabled).toBe(true);
      fireEvent.click(confirmBox());
      expect(save.disabled).toBe(false);
      fireEvent.input(text, { target: { value: `${CODE}1` } });
      expect(save.disabled).toBe(true);
    },
  );
});
