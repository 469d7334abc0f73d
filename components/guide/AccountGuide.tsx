// An account's guide wired to storage: marking a step writes it at once and offers undo. In the dashboard the
// guide can also be walked one step at a time (#/accounts/<id>/guided/<step>), and says what comes next when
// it is complete.
import { useEffect } from 'preact/hooks';
import { t, pick } from '@/lib/i18n';
import { buildGuide, effectiveStatus, isClosed, type GuideStep } from '@/core/guide';
import type { Account, AppState, StepStatus } from '@/core/model';
import { CATALOGUE } from '@/data/catalogue';
import { FULL_CATALOGUE, fullSite } from '@/data/guides';
import { useGuides } from '@/lib/guides';
import { setNote, setStatus, stepRef } from '@/lib/actions';
import type { ToastMessage } from '../Toast';
import { routes } from '@/core/routes';
import { useHashRoute } from '../options/useHashRoute';
import { FINISH, GuidedWalk, rememberPosition, startPosition, type GuidedStep } from '../guided/GuidedWalk';
import { GuideFinish, type GuideNext } from '../guided/GuideFinish';
import { statusText } from './StatusTag';
import { GuideView, accountName, type NextPointer } from './GuideView';
import { nextForAccount } from '@/core/priority';
import { priorityItems } from '@/lib/pending';
import { leakName } from '@/lib/next';
import { DASHBOARD_PAGE } from '@/core/routes';

interface Props {
  account: Account;
  state: AppState;
  showToast: (toast: ToastMessage) => void;
  onOpen?: (url: string) => void;
  headingLevel?: 1 | 2 | 3;
}

const guidedHref = routes.accountGuided;

/** What comes after this guide: an open leak's plan, and the next account with open steps. */
function whatNext(account: Account, state: AppState, now: number): GuideNext {
  const leak = state.incidents.find((incident) => incident.closedAt === undefined);
  const other = state.accounts.find(
    (one) =>
      one.id !== account.id && buildGuide(one, CATALOGUE).some((step) => !isClosed(effectiveStatus(state.steps[one.id]?.[step.id], now))),
  );
  return {
    leak: leak && { source: leak.source, href: routes.leak(leak.id) },
    account: other && { name: other.label, href: routes.account(other.id) },
  };
}

/**
 * The account's next item in the one priority (core/priority.ts): the same step the popup and the Overview
 * name for this account. While an open leak concerns the account, its lock-down task leads and names the leak.
 */
export function guidePointer(account: Account, state: AppState, now: number, inDashboard: boolean): NextPointer | undefined {
  const item = nextForAccount(priorityItems(state, now), account.id, now);
  if (item?.stateRef.kind !== 'step' || item.stateRef.accountId !== account.id) return undefined;
  const incident = item.incidentId ? state.incidents.find((one) => one.id === item.incidentId) : undefined;
  const leak = incident && {
    name: leakName(incident),
    href: inDashboard ? routes.leak(incident.id) : `${DASHBOARD_PAGE}${routes.leak(incident.id)}`,
    newTab: !inDashboard,
  };
  return leak ? { stepId: item.stateRef.stepId, leak } : { stepId: item.stateRef.stepId };
}

export function AccountGuide({ account, state, showToast, onOpen, headingLevel }: Props) {
  // The guide's own file (how-to, sources) is a small chunk of its own, loaded when the guide opens.
  const ready = useGuides([account]);
  const route = useHashRoute();
  if (!ready) return null;
  const now = Date.now();
  const steps = buildGuide(account, FULL_CATALOGUE);
  const states = state.steps[account.id];
  const site = fullSite(account.siteId);
  // Only the dashboard's own account page offers the guided walk; the side panel already sits beside the site.
  const inDashboard = route[0] === 'accounts' && route[1] === account.id;
  const guided = inDashboard && route[2] === 'guided';
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
  const next = inDashboard ? whatNext(account, state, now) : undefined;
  const name = accountName(account, site);
  if (guided) {
    return <GuidedGuide account={account} name={name} steps={steps} state={state} position={route[3]} next={next} now={now} set={set} />;
  }
  return (
    <GuideView
      account={account}
      site={site}
      steps={steps}
      states={states}
      now={now}
      onSet={(step, status, extra) => void set(step, status, extra)}
      onNote={(step, text) => void note(step, text)}
      onOpen={onOpen}
      headingLevel={headingLevel}
      guidedHref={inDashboard ? guidedHref(account.id) : undefined}
      pointer={guidePointer(account, state, now, inDashboard)}
      finish={<GuideFinish name={name} steps={steps} states={states} checkup={state.settings.reminders.checkup} now={now} next={next} />}
    />
  );
}

interface GuidedProps {
  account: Account;
  name: string;
  steps: GuideStep[];
  state: AppState;
  position: string | undefined;
  next: GuideNext | undefined;
  now: number;
  set: (step: GuideStep, status: StepStatus, extra?: { until?: number }) => Promise<void>;
}

function GuidedGuide({ account, name, steps, state, position: raw, next, now, set }: GuidedProps) {
  const states = state.steps[account.id];
  const walk = `account.${account.id}`;
  const guidedSteps: GuidedStep[] = steps.map((step) => ({
    id: step.id,
    title: pick(step.title),
    context: name,
    how: step.how ? pick(step.how) : '',
    why: step.why ? pick(step.why) : '',
    minutes: step.minutes,
    url: step.url,
    status: effectiveStatus(states?.[step.id], now),
    state: states?.[step.id],
  }));
  const position = raw ? decodeURIComponent(raw) : startPosition(guidedSteps, rememberPosition.read(walk));
  useEffect(() => {
    if (!raw) location.replace(guidedHref(account.id, position));
    rememberPosition.write(walk, position);
  }, [raw, position, account.id, walk]);
  return (
    <GuidedWalk
      title={t('guided.guideTitle', { name })}
      steps={guidedSteps}
      position={position}
      exitHref={routes.account(account.id)}
      laterDays={7}
      now={now}
      onSet={(step, status, extra) => {
        const found = steps.find((one) => one.id === step.id);
        if (found) void set(found, status, extra);
      }}
      onMove={(to) => {
        location.hash = guidedHref(account.id, to);
      }}
      finish={
        <GuideFinish
          name={name}
          steps={steps}
          states={states}
          checkup={state.settings.reminders.checkup}
          now={now}
          next={next}
          onResume={() => {
            location.hash = guidedHref(account.id, guidedSteps.find((s) => s.status === 'open')?.id ?? FINISH);
          }}
        />
      }
    />
  );
}
