// One leak: the plan (the next task first), what was recorded about the leak, the ready-made texts and the
// evidence log the tasks point to, the losses and the legal references, and, apart at the end, looking after
// the record itself.
import { useMemo } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { FULL_CATALOGUE } from '@/data/guides';
import { useGuides } from '@/lib/guides';
import { buildPlan } from '@/core/plan';
import type { AppState, Incident } from '@/core/model';
import type { ToastMessage } from '../Toast';
import { IncidentFacts } from './IncidentFacts';
import { IncidentActions } from './IncidentActions';
import { PlanView } from './PlanView';
import { Templates } from './Templates';
import { EvidenceLog } from './EvidenceLog';
import { IncidentTextField } from './IncidentTextField';
import { LegalPanel } from './LegalPanel';
import { routes } from '@/core/routes';
import { LangText } from '../LangText';

interface Props {
  incident: Incident;
  state: AppState;
  showToast: (toast: ToastMessage) => void;
}

export function IncidentPage({ incident, state, showToast }: Props) {
  // The plan shows each lock-down step's own how-to: the guides of the accounts it may name load first.
  const ready = useGuides(state.accounts.filter((account) => incident.accountIds.includes(account.id) || account.sharedPassword));
  const tasks = useMemo(() => buildPlan(incident, state, FULL_CATALOGUE), [incident, state, ready]);
  const evidence = state.evidence.filter((item) => item.incidentId === incident.id);
  return (
    <article aria-labelledby="incident-title" class="incident">
      <p class="no-print">
        <a href={routes.leaks}>← {t('leak.back')}</a>
      </p>
      <div class="spread">
        <h2 id="incident-title">
          <LangText text={incident.source} />
        </h2>
        <span class={`tag ${incident.closedAt === undefined ? 'warn' : 'ok'}`}>
          {incident.closedAt === undefined ? t('leak.openTag') : t('leak.closedTag')}
        </span>
      </div>
      <PlanView incident={incident} tasks={tasks} state={state} now={Date.now()} showToast={showToast} />
      <IncidentFacts incident={incident} accounts={state.accounts} />
      <Templates incident={incident} />
      <EvidenceLog incidentId={incident.id} items={evidence} showToast={showToast} />
      <IncidentTextField incident={incident} field="losses" showToast={showToast} />
      <IncidentTextField incident={incident} field="notes" showToast={showToast} />
      <LegalPanel region={incident.region} />
      <IncidentActions incident={incident} tasks={tasks} state={state} evidenceIds={evidence.map((e) => e.id)} showToast={showToast} />
    </article>
  );
}
