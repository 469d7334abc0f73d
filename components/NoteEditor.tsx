// A note beside a step or task, saved with its own button. The field flags text that looks like a password
// or a code, and the button stays off until the user removes it or confirms it is not one.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { NoteField } from './NoteField';

interface Props {
  id: string;
  initial: string;
  onSave: (note: string) => void;
}

export function NoteEditor({ id, initial, onSave }: Props) {
  const [note, setNote] = useState(initial);
  const [ready, setReady] = useState(true);
  return (
    <div class="note-editor">
      <NoteField id={id} label={t('guide.note')} help={t('guide.noteHelp')} value={note} onChange={setNote} onReadyChange={setReady} />
      <button type="button" disabled={!ready || note === initial} onClick={() => onSave(note)}>
        {t('guide.saveNote')}
      </button>
    </div>
  );
}
