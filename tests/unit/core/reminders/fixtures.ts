// A tiny catalogue and plan builder for the reminder tests, so they do not depend on the real plan or data.
import type { Catalogue } from '@/core/guide';
import { effectiveStatus } from '@/core/guide';
import type { Account, AppState, Incident, StepState } from '@/core/model';
import { emptyState } from '@/core/model';
import type { BuildPlan, PlanTask } from '@/core/plan/types';
import type { PlanSource, TaskStatus } from '@/core/reminders';
import type { Site, SiteStep } from '@/data/schema';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** 2025-11-24 00:00 UTC, a Monday. */
export const MONDAY = Date.UTC(2025, 10, 24);

const step = (id: string, risk: SiteStep['risk']): SiteStep => ({
  id,
  kind: 'other',
  title: { en: `Step ${id}`, zh_CN: `步骤 ${id}` },
  how: { en: 'how', zh_CN: '做法' },
  why: { en: 'why', zh_CN: '原因' },
  minutes: 2,
  risk,
  verified: true,
});

const site: Site = {
  id: 'mail',
  names: { en: 'Mail', zh_CN: '邮箱' },
  aliases: [],
  category: 'email',
  regions: ['global'],
  domains: ['examplemail.com'],
  twoFactor: [],
  urls: { home: 'https://mail.example/' },
  steps: [step('password', 'high'), step('sessions', 'medium'), step('recovery', 'low')],
  sources: [{ url: 'https://mail.example/help', checked: '2025-01-01' }],
};

export const catalogue: Catalogue = {
  siteById: (id) => (id === 'mail' ? site : undefined),
  generic: [{ category: 'other', steps: [step('password', 'high'), step('alerts', 'low')] }],
};
export const SITES = [site];

/**
 * Per incident: an urgent lock-down task per account mirroring its password step (due a day later), a
 * procedure task due in three days, and three monthly follow-ups.
 */
export const buildPlan: BuildPlan = (incident) => {
  const tasks: PlanTask[] = incident.accountIds.map((accountId) => ({
    id: `lock-${accountId}`,
    phase: 'lock-down',
    urgent: true,
    dueAt: incident.createdAt + DAY,
    accountStep: { accountId, stepId: 'password' },
    title: { key: 'test.lock', vars: { accountId } },
    minutes: 3,
  }));
  tasks.push({
    id: 'police',
    phase: 'procedure',
    urgent: false,
    dueAt: incident.createdAt + 3 * DAY,
    title: { key: 'test.police' },
    minutes: 30,
  });
  for (let index = 1; index <= 3; index++) {
    tasks.push({
      id: `statement-${index}`,
      phase: 'follow-up',
      urgent: false,
      dueAt: incident.createdAt + index * 30 * DAY,
      title: { key: 'test.statement' },
      minutes: 10,
      repeat: { index, of: 3 },
    });
  }
  return tasks;
};

/** The task's own state; for a mirrored step, the step's state when it was set after the leak. */
export const taskStatus: TaskStatus = (task, incident, state, now) => {
  const own = state.tasks[incident.id]?.[task.id];
  const mirrored = task.accountStep ? state.steps[task.accountStep.accountId]?.[task.accountStep.stepId] : undefined;
  const after = mirrored && mirrored.at >= (incident.leakedAt ?? incident.discoveredAt) ? mirrored : undefined;
  const latest = [own, after].filter((s): s is StepState => s !== undefined).sort((a, b) => b.at - a.at)[0];
  return effectiveStatus(latest, now);
};

export const source: PlanSource = { buildPlan, taskStatus, catalogue };

export const account = (id: string, at: number, extra: Partial<Account> = {}): Account => ({
  id,
  siteId: 'mail',
  label: `Mail ${id}`,
  category: 'email',
  tier: 'critical',
  sharedPassword: true,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

export const incident = (id: string, at: number, accountIds: string[], extra: Partial<Incident> = {}): Incident => ({
  id,
  discoveredAt: at,
  source: 'test',
  howLearned: 'breach-notice',
  leaked: ['password'],
  passwordReused: true,
  cardSecretsLeaked: false,
  region: 'other',
  accountIds,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

export function stateWith(parts: Partial<AppState>): AppState {
  return { ...emptyState(), ...parts };
}
