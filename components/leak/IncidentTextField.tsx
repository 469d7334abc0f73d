// Free text about the leak that goes into the report: the losses, and the notes. Like task notes, it goes
// through NoteField, which checks for things that look like a password or a code before it is saved.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Incident } from '@/core/model';
import { updateIncident } from '@/lib/leak-actions';
import type { ToastMessage } from '../Toast';
import { NoteField } from '../NoteField';

interface Props {
  incident: Incident;
  field: 'losses' | 'notes';
  showToast: (toast: ToastMessage) => void;
}

const TEXTS = {
  losses: { title: 'leak.losses.title', help: 'leak.losses.help', save: 'leak.losses.save', saved: 'leak.losses.saved', max: 2000 },
  notes: { title: 'leak.notes.title', help: 'leak.notes.help', save: 'leak.notes.save', saved: 'leak.notes.saved', max: 4000 },
} as const;

export function IncidentTextField({ incident, field, showToast }: Props) {
  const texts = TEXTS[field];
  const initial = incident[field] ?? '';
  const [text, setText] = useState(initial);
  const [ready, setReady] = useState(true);
  const save = async () => {
    const undo = await updateIncident(incident, { [field]: text.trim() || undefined });
    showToast({ text: t(texts.saved), undo });
  };
  const id = `incident-${field}`;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(texts.title)}</h2>
      <NoteField
        id={id}
        label={t(texts.title)}
        hideLabel
        help={t(texts.help)}
        maxLength={texts.max}
        value={text}
        onChange={setText}
        onReadyChange={setReady}
      />
      <button type="button" disabled={!ready || text === initial} onClick={() => void save()}>
        {t(texts.save)}
      </button>
    </section>
  );
}
