// A note beside a step or task. Text that looks like a password or a code is flagged, and saving it takes
// a second, deliberate click.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { looksLikeSecret } from '@/core/secrets';

interface Props {
  id: string;
  initial: string;
  onSave: (note: string) => void;
}

export function NoteEditor({ id, initial, onSave }: Props) {
  const [note, setNote] = useState(initial);
  const [confirmed, setConfirmed] = useState(false);
  const suspicious = looksLikeSecret(note);
  const blocked = suspicious && !confirmed;
  return (
    <div class="note-editor">
      <label for={id}>{t('guide.note')}</label>
      <textarea
        id={id}
        value={note}
        maxLength={2000}
        aria-describedby={`${id}-help`}
        onInput={(event) => { setNote((event.currentTarget as HTMLTextAreaElement).value); setConfirmed(false); }}
      />
      <p id={`${id}-help`} class="muted small">{t('guide.noteHelp')}</p>
      {suspicious && (
        <div class="notice warn" role="alert">
          <p>{t('notes.looksSecret')}</p>
          <label class="inline">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)} />
            {t('notes.notSecret')}
          </label>
        </div>
      )}
      <button type="button" disabled={blocked || note === initial} onClick={() => onSave(note)}>{t('guide.saveNote')}</button>
    </div>
  );
}
