// The dashboard's leak response: #/leak lists the incidents, #/leak/new records one, #/leak/<id> shows its
// plan, #/leak/<id>/edit changes its details, and #/leak/<id>/guided/<task> walks the plan one step at a time.
import type { AppState } from '@/core/model';
import type { ToastMessage } from '../Toast';
import { t } from '@/lib/i18n';
import { IncidentList } from './IncidentList';
import { IncidentForm } from './IncidentForm';
import { IncidentPage } from './IncidentPage';
import { PlanGuided } from '../guided/PlanGuided';
import './leak.css';
import { routes } from '@/core/routes';

interface Props {
  /** The hash route after "leak". */
  route: string[];
  state: AppState;
  uiLanguage: string;
  showToast: (toast: ToastMessage) => void;
}

export function LeakSection({ route, state, uiLanguage, showToast }: Props) {
  const [first, second, third] = route;
  if (!first) return <IncidentList state={state} now={Date.now()} />;
  if (first === 'new') return <IncidentForm state={state} uiLanguage={uiLanguage} showToast={showToast} />;
  const incident = state.incidents.find((one) => one.id === first);
  if (!incident) {
    return (
      <div>
        <p class="notice warn">{t('leak.notFound')}</p>
        <a href={routes.leaks}>{t('leak.back')}</a>
      </div>
    );
  }
  if (second === 'edit') return <IncidentForm state={state} uiLanguage={uiLanguage} showToast={showToast} editing={incident} />;
  if (second === 'guided') {
    const position = third ? decodeURIComponent(third) : undefined;
    return <PlanGuided key={incident.id} incident={incident} state={state} position={position} showToast={showToast} />;
  }
  return <IncidentPage incident={incident} state={state} showToast={showToast} />;
}
