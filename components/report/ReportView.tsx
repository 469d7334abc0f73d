// The report for the police or a lawyer: summary, what leaked, the dated timeline, the evidence, the losses
// and what is still to do, in the user's language.
import { t, currentLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/core/format';
import { CATALOGUE } from '@/data/catalogue';
import { buildPlan, planTaskStatus } from '@/core/plan';
import { camel } from '@/core/plan/task';
import { incidentEvidence, reportEvidence, reportTimeline } from '@/core/plan/timeline';
import { LEAKED_DATA, type AppState, type Incident } from '@/core/model';
import { reportLineText, tk } from '@/lib/plan-text';
import { reportOpenLines } from '@/core/plan/report-text';
import { ReportTimeline } from './ReportTimeline';
import { ReportEvidence } from './ReportEvidence';
import { FactList } from '../leak/IncidentFacts';

interface Props {
  incident: Incident;
  state: AppState;
  now: number;
}

export function ReportView({ incident, state, now }: Props) {
  const printed = reportEvidence(incident, state);
  const tasks = buildPlan(incident, state, CATALOGUE);
  const open = reportOpenLines(tasks.filter((task) => planTaskStatus(task, incident, state, now).status === 'open'));
  const leaked = LEAKED_DATA.filter((d) => incident.leaked.includes(d));
  return (
    <main class="report">
      <div class="toolbar no-print">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <header>
        <h1>{t('report.title')}</h1>
        <p class="muted small">{t('report.generated', { date: formatDateTime(now, currentLanguage()) })}</p>
        {/* Filled in on screen before printing; on paper they read as text. Nothing here is saved. */}
        <div class="reporter">
          <label for="reporter-name">{t('calm.reportName')}</label>
          <input id="reporter-name" type="text" autocomplete="name" maxLength={80} />
          <label for="reporter-contact">{t('calm.reportContact')}</label>
          <input id="reporter-contact" type="text" autocomplete="tel" maxLength={120} />
        </div>
      </header>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summary')}</h2>
        <FactList incident={incident} accounts={state.accounts} withSource class="summary" />
      </section>
      <section aria-labelledby="report-leaked">
        <h2 id="report-leaked">{t('report.whatLeaked')}</h2>
        <ul>
          {leaked.map((d) => (
            <li key={d}>{tk(`leak.data.${camel(d)}`)}</li>
          ))}
        </ul>
        {incident.cardSecretsLeaked && <p>{t('report.cardSecrets')}</p>}
        {incident.passwordReused && <p>{t('report.passwordReused')}</p>}
      </section>
      <section aria-labelledby="report-timeline">
        <h2 id="report-timeline">{t('report.timeline')}</h2>
        <ReportTimeline entries={reportTimeline(incident, tasks, state, now)} />
      </section>
      <section aria-labelledby="report-evidence">
        <h2 id="report-evidence">{t('report.evidence')}</h2>
        <ReportEvidence items={printed} />
        <OmittedNote count={incidentEvidence(incident, state).length - printed.length} />
      </section>
      <section aria-labelledby="report-losses">
        <h2 id="report-losses">{t('report.losses')}</h2>
        <p class="prewrap">{incident.losses?.trim() || t('report.lossesEmpty')}</p>
      </section>
      {incident.notes?.trim() && (
        <section aria-labelledby="report-notes">
          <h2 id="report-notes">{t('report.notes')}</h2>
          <p class="prewrap">{incident.notes}</p>
        </section>
      )}
      <section aria-labelledby="report-open">
        <h2 id="report-open">{t('report.stillOpen')}</h2>
        {open.length ? (
          <ul>
            {open.map((line) => (
              <li key={line.id}>{reportLineText(line)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('report.noneOpen')}</p>
        )}
      </section>
    </main>
  );
}

/** On screen only: reminds the user that some evidence is held back, without printing that it was. */
function OmittedNote({ count }: { count: number }) {
  return count > 0 ? <p class="notice no-print">{t('report.evidenceOmitted', count)}</p> : null;
}
