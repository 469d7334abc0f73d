// The one text field that watches for secrets (issue 17): every free text the user types into AfterLeak
// (step and task notes, a leak's losses and notes, an evidence item's sender and summary) goes through it.
// When the text looks like a password, PIN or one-time code (core/secrets.ts decides) it says so, and it is
// not ready to save until the user removes it or ticks "This is not a password". The confirmation belongs to
// the text it was given for: it lapses when the text changes. Forms disable their save button while
// onReadyChange says false.
import { useEffect, useState } from 'preact/hooks';
import { looksLikeSecret } from '@/core/secrets';
import { t } from '@/lib/i18n';

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
  /** One line (an input) instead of a text area. */
  singleLine?: boolean;
  /** The label is read by screen readers only (a heading beside the field already says what it is). */
  hideLabel?: boolean;
  /** Marks the field invalid for another reason the form knows (e.g. it is required and empty). */
  invalid?: boolean;
  /** Width in characters, for a single line. */
  size?: number;
  /** A further rule of this field (a phone label holding a whole number): its warning text, or undefined. */
  extraCheck?: (value: string) => string | undefined;
  /** The confirmation's words when extraCheck warns (default: "This is not a password"). */
  confirmLabel?: string;
}

/** The rule the field applies, for forms that check before saving. */
export const noteReady = (value: string, confirmed: boolean) => confirmed || !looksLikeSecret(value);

export function NoteField(props: NoteFieldProps) {
  const {
    id,
    label,
    value,
    onChange,
    onReadyChange,
    help,
    maxLength = 2000,
    rows = 3,
    singleLine,
    hideLabel,
    invalid,
    size,
    extraCheck,
    confirmLabel,
  } = props;
  const [confirmedFor, setConfirmedFor] = useState<string>();
  const confirmed = confirmedFor === value;
  const extraWarning = extraCheck?.(value);
  const suspicious = !!extraWarning || looksLikeSecret(value);
  const ready = confirmed || !suspicious;
  useEffect(() => onReadyChange?.(ready), [ready, onReadyChange]);
  const described = [help ? `${id}-help` : '', suspicious ? `${id}-warning` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': described || undefined,
    'aria-invalid': invalid || (suspicious && !confirmed) ? true : undefined,
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="note-field">
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {singleLine ? <input type="text" size={size} {...common} /> : <textarea rows={rows} {...common} />}
      {help && (
        <p id={`${id}-help`} class="muted small">
          {help}
        </p>
      )}
      {suspicious && (
        <div class="notice warn">
          <p id={`${id}-warning`} role="alert">
            {extraWarning ?? t('notes.looksSecret')}
          </p>
          <label class="inline">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmedFor((event.currentTarget as HTMLInputElement).checked ? value : undefined)}
            />
            {extraWarning && confirmLabel ? confirmLabel : t('notes.notSecret')}
          </label>
        </div>
      )}
    </div>
  );
}
