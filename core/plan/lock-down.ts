// Phase 1: lock down the accounts the leak touches. Email first (whoever holds it can reset the rest), then the
// phone number when it is at risk (it receives the codes that reset payment and bank apps), then accounts that
// share the leaked password, then where the money is, then the others; each account with the steps of its own
// guide.
import { buildGuide, type Catalogue, type GuideStep } from '../guide';
import type { Account, Incident } from '../model';
import { channelsFor, type RegionChannels } from '../regions';
import { HOUR, toTask, type TaskSpec } from './task';
import { recoveryExposure, recoveryWhy } from './recovery';
import type { PlanTask } from './types';

export type LockReason = 'email' | 'phone' | 'shared' | 'money' | 'affected';
const REASON_RANK: Record<LockReason, number> = { email: 0, phone: 1, shared: 2, money: 3, affected: 4 };
const TIER_RANK = { critical: 0, important: 1, other: 2 } as const;

/** High-risk steps within hours; the rest the same day. */
export const LOCK_DUE: Record<GuideStep['risk'], number> = { high: 4 * HOUR, medium: 12 * HOUR, low: 24 * HOUR };

export const sharesLeakedPassword = (incident: Incident, account: Account) =>
  account.sharedPassword && incident.passwordReused && incident.leaked.includes('password');

/** The leaked data that puts the phone number at risk in the incident's region (none when nothing does). */
export const phoneAtRisk = (incident: Incident, region: RegionChannels = channelsFor(incident.region)) =>
  region.phoneAtRisk.filter((data) => incident.leaked.includes(data));

export function lockReason(incident: Incident, account: Account): LockReason {
  if (account.category === 'email') return 'email';
  if (account.category === 'telecom' && phoneAtRisk(incident).length) return 'phone';
  if (sharesLeakedPassword(incident, account)) return 'shared';
  if (account.category === 'banking' || account.category === 'payment') return 'money';
  return 'affected';
}

/**
 * The accounts to lock down, in order: the ones the user ticked, every account sharing the leaked password,
 * and every account that resets through a leaked phone or mailbox (the recovery map: core/plan/recovery.ts).
 */
export function lockDownAccounts(incident: Incident, accounts: readonly Account[]): { account: Account; reason: LockReason }[] {
  const exposed = recoveryExposure(incident, accounts);
  const chosen = accounts.filter(
    (account) => incident.accountIds.includes(account.id) || sharesLeakedPassword(incident, account) || exposed.has(account.id),
  );
  return chosen
    .map((account) => ({ account, reason: lockReason(incident, account) }))
    .sort(
      (a, b) =>
        REASON_RANK[a.reason] - REASON_RANK[b.reason] ||
        TIER_RANK[a.account.tier] - TIER_RANK[b.account.tier] ||
        a.account.label.localeCompare(b.account.label) ||
        a.account.id.localeCompare(b.account.id),
    );
}

export const lockTaskId = (accountId: string, stepId: string) => `lock.${accountId}.${stepId}`;

function stepTask(incident: Incident, account: Account, reason: LockReason, step: GuideStep, accounts: readonly Account[]): PlanTask {
  const vars = { account: account.label };
  const task: PlanTask = {
    id: lockTaskId(account.id, step.id),
    phase: 'lock-down',
    urgent: step.risk === 'high',
    dueAt: incident.discoveredAt + LOCK_DUE[step.risk],
    accountStep: { accountId: account.id, stepId: step.id },
    stepKind: step.kind,
    title: { key: 'plan.lock.title', vars },
    how: { key: 'plan.lock.how', vars },
    why: recoveryWhy(reason, account, recoveryExposure(incident, accounts).get(account.id), accounts) ?? {
      key: `plan.lock.reason.${reason}`,
    },
    minutes: step.minutes,
    stepText: { title: step.title, how: step.how, why: step.why },
  };
  if (step.url) task.url = step.url;
  return task;
}

const PASSWORD_EVERYWHERE: TaskSpec = {
  id: 'password-everywhere',
  key: 'plan.task.passwordEverywhere',
  minutes: 20,
  dueIn: 6 * HOUR,
  urgent: true,
};
const SECURE_EMAIL: TaskSpec = { id: 'secure-email', key: 'plan.task.secureEmail', minutes: 15, dueIn: 4 * HOUR, urgent: true };

/** The number itself, at the carrier: a service password, and protection against a SIM swap or a port-out. Due in
 *  hours, with the mailbox's urgent steps (so that any order by due time keeps email first and the phone beside
 *  it): whoever takes the number receives the codes that reset the payment and bank apps. */
export function phoneTasks(incident: Incident, region: RegionChannels = channelsFor(incident.region)): PlanTask[] {
  const because = phoneAtRisk(incident, region);
  if (!because.length) return [];
  const specs: TaskSpec[] = [
    { id: 'phone-carrier', key: 'plan.task.phoneCarrier', how: region.how.phoneCarrier, minutes: 10, dueIn: LOCK_DUE.high, urgent: true },
    { id: 'sim-swap', key: 'plan.task.simSwap', how: region.how.simSwap, minutes: 10, dueIn: LOCK_DUE.high, urgent: true },
  ];
  return specs.map((spec) => toTask(incident, 'lock-down', spec, because));
}

export function lockDownTasks(incident: Incident, accounts: readonly Account[], catalogue: Catalogue): PlanTask[] {
  const ordered = lockDownAccounts(incident, accounts);
  const tasks: PlanTask[] = [];
  const credentialsLeaked = incident.leaked.includes('password') || incident.leaked.includes('email');
  // Without an email account in the list, the plan still starts with the mailbox.
  if (credentialsLeaked && !ordered.some(({ account }) => account.category === 'email')) {
    tasks.push(
      toTask(
        incident,
        'lock-down',
        SECURE_EMAIL,
        incident.leaked.filter((d) => d === 'password' || d === 'email'),
      ),
    );
  }
  // The phone number comes right after the mailboxes, before the carrier's own account and everything else.
  let phone = phoneTasks(incident);
  for (const { account, reason } of ordered) {
    if (reason !== 'email') {
      tasks.push(...phone);
      phone = [];
    }
    for (const step of buildGuide(account, catalogue)) tasks.push(stepTask(incident, account, reason, step, accounts));
  }
  tasks.push(...phone);
  if (incident.leaked.includes('password')) tasks.push(toTask(incident, 'lock-down', PASSWORD_EVERYWHERE, ['password']));
  return tasks;
}
