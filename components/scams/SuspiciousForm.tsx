// "I just got a suspicious call or message": a short form that logs it as evidence of the open leak (kind,
// time, from, what they knew, what they said), then shows the scam it most looks like and what to do now.
// Text only: nothing is recorded or uploaded. The page container writes (onSave).
import { useState } from 'preact/hooks';
import { t, currentLanguage } from '@/lib/i18n';
import { newId } from '@/lib/actions';
import { tk } from '@/lib/plan-text';
import { LEAKED_DATA, type Evidence, type Incident, type LeakedData } from '@/core/model';
import { fromDateTimeInput, toDateTimeInput } from '@/core/incident-form';
import { joinList } from '@/core/language';
import { routes } from '@/core/routes';
import { camel } from '@/core/plan/task';
import { SCAMS } from '@/core/scams/catalogue';
import { matchContact } from '@/core/scams/match';
import { NoteField } from '../NoteField';
import { ScamEntryView } from './ScamEntryView';
import { EvidenceBasics } from '../leak/EvidenceBasics';
import { focusSoon } from '../focus';

const KNOWABLE = LEAKED_DATA.filter((data) => data !== 'other' && data !== 'password');

interface Props {
  incident: Incident;
  onSave: (item: Evidence) => Promise<void>;
  /** For tests: the clock. */
  now?: () => number;
}

export function SuspiciousForm({ incident, onSave, now = Date.now }: Props) {
  const [kind, setKind] = useState<Evidence['kind']>('call');
  const [when, setWhen] = useState(() => toDateTimeInput(now()));
  const [from, setFrom] = useState('');
  const [knew, setKnew] = useState<LeakedData[]>([]);
  const [said, setSaid] = useState('');
  const [ready, setReady] = useState({ from: true, said: true });
  const [saved, setSaved] = useState<Evidence>();
  const at = fromDateTimeInput(when);
  const lang = currentLanguage();
  const knewText = (data: LeakedData[]) =>
    joinList(
      data.map((d) => tk(`leak.data.${camel(d)}`)),
      lang,
    );
  const submit = async (event: Event) => {
    event.preventDefault();
    if (at === undefined || !ready.from || !ready.said) return;
    const best = matchContact(kind, knew, incident.region, SCAMS)[0];
    const stamp = now();
    // What they knew also goes into the summary, so the printed report shows it in the user's words' language.
    const summary = [said.trim() || t('scams.form.noSummary'), knew.length ? `${t('scams.form.knewPrefix')}${knewText(knew)}` : '']
      .filter(Boolean)
      .join('\n')
      .slice(0, 4000);
    const item: Evidence = {
      id: newId(),
      incidentId: incident.id,
      kind,
      at,
      from: from.trim().slice(0, 200),
      summary,
      fileName: '',
      ...(knew.length ? { knew } : {}),
      ...(best ? { scamId: best.id } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    };
    await onSave(item);
    setSaved(item);
    // The form is replaced by what was saved: focus goes to that confirmation, not to <body>.
    focusSoon('suspicious-saved');
  };
  if (saved) {
    const entry = SCAMS.find((scam) => scam.id === saved.scamId);
    return (
      <section aria-labelledby="suspicious-saved">
        <p id="suspicious-saved" class="notice" role="status">
          {t('scams.form.saved', { leak: incident.source })}
        </p>
        {entry && <ScamEntryView entry={entry} open headingLevel={3} />}
        <p>
          <a class="button primary" href={routes.leak(incident.id)}>
            {t('scams.form.backToPlan')}
          </a>
        </p>
      </section>
    );
  }
  return (
    // The page's own heading names it (h1), so the form is labelled rather than titled again.
    <form class="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('scams.form.title')}>
      <p class="muted">{t('scams.form.intro', { leak: incident.source })}</p>
      <EvidenceBasics
        base="suspicious"
        kind={kind}
        onKind={setKind}
        when={when}
        onWhen={setWhen}
        whenInvalid={at === undefined}
        from={from}
        onFrom={setFrom}
        onFromReady={(ok) => setReady((r) => (r.from === ok ? r : { ...r, from: ok }))}
      />
      <fieldset>
        <legend>{t('scams.form.knew')}</legend>
        {KNOWABLE.map((data) => (
          <label class="inline" key={data}>
            <input
              type="checkbox"
              checked={knew.includes(data)}
              onChange={(e) => setKnew(e.currentTarget.checked ? [...knew, data] : knew.filter((d) => d !== data))}
            />
            {tk(`leak.data.${camel(data)}`)}
          </label>
        ))}
      </fieldset>
      <NoteField
        id="suspicious-said"
        label={t('scams.form.said')}
        maxLength={3000}
        value={said}
        onChange={setSaid}
        help={t('scams.form.saidHelp')}
        onReadyChange={(ok) => setReady((r) => (r.said === ok ? r : { ...r, said: ok }))}
      />
      <button type="submit" class="primary" disabled={!ready.from || !ready.said || at === undefined}>
        {t('scams.form.save')}
      </button>
    </form>
  );
}
