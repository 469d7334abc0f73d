// An account's guide wired to storage: marking a step writes it at once and offers undo.
import { t, pick } from '@/lib/i18n';
import { buildGuide, type GuideStep } from '@/core/guide';
import type { Account, AppState, StepStatus } from '@/core/model';
import { FULL_CATALOGUE, fullSite } from '@/data/guides';
import { useGuides } from '@/lib/guides';
import { setNote, setStatus, stepRef } from '@/lib/actions';
import type { ToastMessage } from '../Toast';
import { statusText } from './StatusTag';
import { GuideView } from './GuideView';

interface Props {
  account: Account;
  state: AppState;
  showToast: (toast: ToastMessage) => void;
  onOpen?: (url: string) => void;
  headingLevel?: 2 | 3;
}

export function AccountGuide({ account, state, showToast, onOpen, headingLevel }: Props) {
  // The guide's own file (how-to, sources) is a small chunk of its own, loaded when the guide opens.
  if (!useGuides([account])) return null;
  const steps = buildGuide(account, FULL_CATALOGUE);
  const states = state.steps[account.id];
  const set = async (step: GuideStep, status: StepStatus, extra?: { until?: number }) => {
    const undo = await setStatus(stepRef(account.id, step.id), status, extra?.until);
    const shown = status === 'pending' ? 'open' : status;
    const label = statusText(shown, { status, at: Date.now(), until: extra?.until });
    showToast({ text: t('guide.stateChanged', { step: pick(step.title), status: label }), undo });
  };
  const note = async (step: GuideStep, text: string) => {
    const undo = await setNote(stepRef(account.id, step.id), text);
    showToast({ text: t('accounts.saved'), undo });
  };
  return (
    <GuideView
      account={account}
      site={fullSite(account.siteId)}
      steps={steps}
      states={states}
      now={Date.now()}
      onSet={(step, status, extra) => void set(step, status, extra)}
      onNote={(step, text) => void note(step, text)}
      onOpen={onOpen}
      headingLevel={headingLevel}
    />
  );
}
