// A free-text field for notes (steps, tasks, losses, evidence) that watches for secrets. When the text looks
// like a password, PIN or one-time code it says so, and it is not ready to save until the user removes it
// or ticks "This is not a password". Forms disable their save button while onReadyChange says false.
import { useEffect, useState } from 'preact/hooks';
import { looksLikeSecret } from '@/core/secrets';
import { SecretWarning } from './SecretWarning';

export interface NoteFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Whether the text may be saved now: false while it looks like a secret and is not confirmed. */
  onReadyChange?: (ready: boolean) => void;
  help?: string;
  maxLength?: number;
  rows?: number;
}

/** The rule the field applies, for forms that check before saving. */
export const noteReady = (value: string, confirmed: boolean) => confirmed || !looksLikeSecret(value);

export function NoteField({ id, label, value, onChange, onReadyChange, help, maxLength = 2000, rows = 3 }: NoteFieldProps) {
  // The confirmation belongs to the text it was given for: it lapses when the text changes.
  const [confirmedFor, setConfirmedFor] = useState<string>();
  const confirmed = confirmedFor === value;
  const suspicious = looksLikeSecret(value);
  const ready = noteReady(value, confirmed);
  useEffect(() => onReadyChange?.(ready), [ready, onReadyChange]);
  const described = [help ? `${id}-help` : '', suspicious ? `${id}-warning` : ''].filter(Boolean).join(' ');
  return (
    <div class="note-field">
      <label for={id}>{label}</label>
      <textarea id={id} value={value} maxLength={maxLength} rows={rows} aria-describedby={described || undefined}
        aria-invalid={suspicious && !confirmed ? true : undefined}
        onInput={(event) => onChange((event.currentTarget as HTMLTextAreaElement).value)} />
      {help && <p id={`${id}-help`} class="muted small">{help}</p>}
      {suspicious && (
        <SecretWarning id={`${id}-warning`} confirmed={confirmed} onConfirm={(on) => setConfirmedFor(on ? value : undefined)} />
      )}
    </div>
  );
}
