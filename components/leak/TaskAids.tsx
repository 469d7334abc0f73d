// What a task needs at hand: the police checklist, the complaint letter, the message to family, the evidence
// log. On the plan page a task links to the section (the link moves focus there); one step at a time, the
// task carries it inline so nothing has to be looked for.
import { t } from '@/lib/i18n';
import { complaintLetter, familyMessage } from '@/core/plan/templates';
import type { AppState, Incident } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { textTools } from '@/lib/plan-text';
import type { ToastMessage } from '../Toast';
import { CopyBox } from './CopyBox';
import { EvidenceLog } from './EvidenceLog';
import { PoliceChecklist } from './PoliceChecklist';

/** The in-page sections a task may point to: the element that takes focus, and the link's words. */
const SECTIONS = {
  'complain-provider': { target: 'template-complaint', label: 'planPage.aid.letter' },
  'warn-family': { target: 'template-family', label: 'planPage.aid.family' },
  'keep-evidence': { target: 'evidence-title', label: 'planPage.aid.evidence' },
} as const;

/** Scrolls to an in-page section and puts focus on it (a heading gets tabindex -1 to take it). */
export function moveFocusTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  if (!target.matches('a, button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus();
}

interface Props {
  task: PlanTask;
  incident: Incident;
  state?: AppState;
  showToast?: (toast: ToastMessage) => void;
  /** One step at a time: show the aid itself rather than a link to it. */
  inline?: boolean;
}

export function TaskAids({ task, incident, state, showToast, inline = false }: Props) {
  if (task.id === 'police') return <PoliceChecklist incident={incident} />;
  const section = SECTIONS[task.id as keyof typeof SECTIONS];
  if (!section) return null;
  if (!inline) {
    return (
      <p class="no-print">
        <button type="button" class="link" onClick={() => moveFocusTo(section.target)}>
          {t(section.label)} ↓
        </button>
      </p>
    );
  }
  if (task.id === 'complain-provider') {
    return (
      <CopyBox
        id="guided-complaint"
        label={t('plan.template.complaint.title')}
        text={complaintLetter(incident, textTools(), Date.now())}
        rows={10}
      />
    );
  }
  if (task.id === 'warn-family') {
    return <CopyBox id="guided-family" label={t('plan.template.family.title')} text={familyMessage(incident, textTools())} rows={4} />;
  }
  if (!state || !showToast) return null;
  const items = state.evidence.filter((item) => item.incidentId === incident.id);
  return <EvidenceLog incidentId={incident.id} items={items} showToast={showToast} />;
}
