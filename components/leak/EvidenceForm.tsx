// Adds or edits one piece of evidence. A sender or summary that looks like a password or a code is flagged
// first (NoteField).
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Evidence } from '@/core/model';
import { fromDateTimeInput, toDateTimeInput } from '@/core/incident-form';
import { newId } from '@/lib/actions';
import { tk } from '@/lib/plan-text';
import { focusSoon } from '../focus';
import { NoteField } from '../NoteField';
import { EvidenceBasics } from './EvidenceBasics';

interface Props {
  incidentId: string;
  editing?: Evidence;
  onSave: (item: Evidence) => void;
  onCancel: () => void;
}

export function EvidenceForm({ incidentId, editing, onSave, onCancel }: Props) {
  const base = editing ? `evidence-${editing.id}` : 'evidence-new';
  const [kind, setKind] = useState<Evidence['kind']>(editing?.kind ?? 'call');
  const [when, setWhen] = useState(toDateTimeInput(editing?.at ?? Date.now()));
  const [from, setFrom] = useState(editing?.from ?? '');
  const [summary, setSummary] = useState(editing?.summary ?? '');
  const [fileName, setFileName] = useState(editing?.fileName ?? '');
  const [omit, setOmit] = useState(editing?.omitFromReport ?? false);
  const [fromReady, setFromReady] = useState(true);
  const [summaryReady, setSummaryReady] = useState(true);
  const [tried, setTried] = useState(false);
  const at = fromDateTimeInput(when);
  const errors = [...(at === undefined ? ['atInvalid'] : []), ...(summary.trim() ? [] : ['summaryEmpty'])];
  const ready = fromReady && summaryReady;
  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (errors.length) focusSoon(`${base}-errors`);
    if (errors.length || at === undefined || !ready) return;
    const now = Date.now();
    onSave({
      id: editing?.id ?? newId(),
      incidentId,
      kind,
      at,
      from: from.trim(),
      summary: summary.trim(),
      fileName: fileName.trim(),
      ...(omit ? { omitFromReport: true as const } : {}),
      createdAt: editing?.createdAt ?? now,
      updatedAt: now,
    });
  };
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  // Opening the form (a new item, or editing one) puts focus on its first field.
  useEffect(() => focusSoon(`${base}-kind`), []);
  return (
    <form class="card evidence-form" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{editing ? t('evidence.editTitle') : t('evidence.addTitle')}</h3>
      {tried && errors.length > 0 && (
        <ul id={`${base}-errors`} tabIndex={-1} class="notice warn error-summary" role="alert">
          {errors.map((key) => (
            <li key={key} class="error">
              {tk(`evidence.errors.${key}`)}
            </li>
          ))}
        </ul>
      )}
      <EvidenceBasics
        base={base}
        kind={kind}
        onKind={setKind}
        when={when}
        onWhen={setWhen}
        whenInvalid={tried && at === undefined}
        from={from}
        onFrom={setFrom}
        onFromReady={setFromReady}
      />
      <NoteField
        id={`${base}-summary`}
        label={t('evidence.summary')}
        maxLength={4000}
        value={summary}
        onChange={setSummary}
        invalid={tried && !summary.trim()}
        onReadyChange={setSummaryReady}
      />
      <label for={`${base}-file`}>{t('evidence.fileName')}</label>
      <input
        id={`${base}-file`}
        type="text"
        value={fileName}
        maxLength={260}
        size={40}
        aria-describedby={`${base}-file-help`}
        onInput={(e) => setFileName(value(e))}
      />
      <p id={`${base}-file-help`} class="muted small">
        {t('evidence.fileNameHelp')}
      </p>
      <p>
        <label class="inline" for={`${base}-omit`}>
          <input id={`${base}-omit`} type="checkbox" checked={omit} onChange={(e) => setOmit(e.currentTarget.checked)} />
          {t('evidence.omit')}
        </label>
      </p>
      <div class="row">
        <button type="submit" class="primary" disabled={!ready}>
          {t('evidence.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
