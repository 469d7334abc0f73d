import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { NoteField } from '@/components/NoteField';
import { StorageFull } from '@/components/StorageFull';

afterEach(cleanup);

/** A form around the field, as the other views use it: the save button follows readiness. */
function Form({ initial, onSave }: { initial: string; onSave: (note: string) => void }) {
  const [note, setNote] = useState(initial);
  const [ready, setReady] = useState(true);
  return (
    <>
      <NoteField id="n" label="Note" value={note} onChange={setNote} onReadyChange={setReady} help="Never a password." />
      <button type="button" disabled={!ready} onClick={() => onSave(note)}>
        Save
      </button>
    </>
  );
}

describe('NoteField', () => {
  it('saves an ordinary note without asking', () => {
    const onSave = vi.fn();
    render(<Form initial="" onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'called the bank at 14:30' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith('called the bank at 14:30');
  });

  it('warns about a one-time code and will not save it until the user confirms', () => {
    const onSave = vi.fn();
    render(<Form initial="" onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: '验证码 482913' } });
    expect(screen.getByRole('alert').textContent).toMatch(/password, PIN or one-time code/);
    expect(screen.getByLabelText('Note').getAttribute('aria-invalid')).toBe('true');
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'This is not a password, PIN or code' }));
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    expect(onSave).toHaveBeenCalledWith('验证码 482913');
  });

  it('asks again when the text changes after the confirmation', () => {
    render(<Form initial="PIN 4821" onSave={vi.fn()} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'This is not a password, PIN or code' }));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'PIN 4822' } });
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
  });

  it('shows the text as typed, never as markup', () => {
    render(<Form initial="<img src=x onerror=alert(1)>" onSave={vi.fn()} />);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('StorageFull', () => {
  it('appears when a save fails for lack of space, and can be closed', () => {
    let fire = () => {};
    render(
      <StorageFull
        subscribe={(listener) => {
          fire = listener;
          return () => {};
        }}
      />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    fire();
    return screen.findByRole('alert').then((alert) => {
      expect(alert.textContent).toContain('storage for AfterLeak is full');
      fireEvent.click(screen.getByRole('button', { name: 'Close' }));
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});
