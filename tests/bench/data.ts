// Generated, realistic data for the benchmarks: accounts on real catalogue sites and custom sites, step states
// for their real guide steps, incidents with tasks and evidence. A seeded generator keeps every run identical.
import { buildGuide } from '@/core/guide';
import { keys, SCHEMA_KEY, SETTINGS_KEY } from '@/core/keys';
import { CURRENT_SCHEMA } from '@/core/migrations';
import {
  CATEGORIES,
  DEFAULT_SETTINGS,
  EVIDENCE_KINDS,
  LEAKED_DATA,
  STEP_STATUSES,
  TIERS,
  emptyState,
  type Account,
  type AppState,
  type Incident,
  type StepState,
} from '@/core/model';
import { CATALOGUE, setSiteIndex, setStepText, sites } from '@/data/catalogue';
import * as siteIndex from 'virtual:site-index';
import * as englishSteps from 'virtual:step-text-en';

// The catalogue as a page has it once its language has loaded (lib/i18n.ts loadLanguage).
setSiteIndex(siteIndex);
setStepText('en', englishSteps);

export const NOW = 1_764_000_000_000;
const DAY = 86_400_000;

/** mulberry32: small, fast and good enough to pick test data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

const NOTES = ['Asked the bank to reissue the card', 'Turned on the app lock', '已在营业厅办理', 'Phone number updated'];

function accounts(count: number, seed: number): Account[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const createdAt = NOW - Math.floor(rnd.next() * 365) * DAY;
    const base = { id: `acct-${index}`, tier: rnd.pick(TIERS), sharedPassword: rnd.next() < 0.3, createdAt, updatedAt: createdAt };
    // Four in five accounts are on catalogue sites; the rest are custom sites with a domain.
    if (rnd.next() < 0.8) {
      const site = rnd.pick(sites());
      return { ...base, siteId: site.id, label: `${site.names.en} ${index}`, category: site.category };
    }
    return {
      ...base,
      customName: `Shop ${index}`,
      customDomain: `shop${index}.example.com`,
      label: `Shop ${index}`,
      category: rnd.pick(CATEGORIES),
    };
  });
}

function stepState(rnd: ReturnType<typeof random>): StepState {
  const status = rnd.pick(STEP_STATUSES);
  const at = NOW - Math.floor(rnd.next() * 90) * DAY;
  return {
    status,
    at,
    ...(status === 'snoozed' ? { until: NOW + Math.floor(rnd.next() * 7) * DAY } : {}),
    ...(rnd.next() < 0.25 ? { note: rnd.pick(NOTES) } : {}),
  };
}

function incident(id: string, accountIds: string[], rnd: ReturnType<typeof random>): Incident {
  const discoveredAt = NOW - Math.floor(rnd.next() * 60) * DAY;
  return {
    id,
    discoveredAt,
    leakedAt: discoveredAt - 10 * DAY,
    source: 'ShopCo',
    howLearned: 'breach-notice',
    leaked: LEAKED_DATA.filter(() => rnd.next() < 0.5),
    passwordReused: rnd.next() < 0.5,
    cardSecretsLeaked: false,
    region: 'cn',
    accountIds,
    createdAt: discoveredAt,
    updatedAt: discoveredAt,
  };
}

/** Raw storage with exactly `total` records, as browser.storage.local.get() would return it. */
export function storedRecords(total: number, seed = 1): Record<string, unknown> {
  const rnd = random(seed);
  const raw: Record<string, unknown> = { [SETTINGS_KEY]: structuredClone(DEFAULT_SETTINGS), [SCHEMA_KEY]: CURRENT_SCHEMA };
  let count = 1;
  const add = (key: string, value: unknown) => {
    if (count >= total) return false;
    raw[key] = value;
    count += 1;
    return true;
  };
  const list = accounts(Math.round(total * 0.15), seed);
  for (const account of list) add(keys.account(account.id), account);
  const incidents = Array.from({ length: 6 }, (_, i) =>
    incident(
      `inc-${i}`,
      list.slice(i * 10, i * 10 + 10).map((a) => a.id),
      rnd,
    ),
  );
  for (const item of incidents) {
    add(keys.incident(item.id), item);
    for (let t = 0; t < 25; t++) add(keys.task(item.id, `task-${t}`), stepState(rnd));
  }
  for (let e = 0; e < 60; e++) {
    const at = NOW - e * DAY;
    add(keys.evidence(`ev-${e}`), {
      id: `ev-${e}`,
      incidentId: rnd.pick(incidents).id,
      kind: rnd.pick(EVIDENCE_KINDS),
      at,
      from: '+86 138 0000 0000',
      summary: 'Caller claimed to be from the bank and knew my address.',
      fileName: '',
      createdAt: at,
      updatedAt: at,
    });
  }
  // The rest are step states for the accounts' real guide steps (beyond those: states of steps the catalogue
  // has since dropped, which storage can also hold).
  const steps = list.flatMap((account) => buildGuide(account, CATALOGUE).map((step) => [account.id, step.id] as const));
  for (let i = 0; count < total; i++) {
    const [accountId, stepId] = steps[i % steps.length]!;
    const suffix = i >= steps.length ? `-${Math.floor(i / steps.length)}` : '';
    add(keys.step(accountId, stepId + suffix), stepState(rnd));
  }
  return raw;
}

/** A parsed state with `count` accounts, about half of each guide's steps recorded in some state. */
export function stateWithAccounts(count: number, seed = 2): AppState {
  const rnd = random(seed);
  const state = emptyState();
  state.accounts = accounts(count, seed);
  for (const account of state.accounts) {
    for (const step of buildGuide(account, CATALOGUE)) {
      if (rnd.next() < 0.5) (state.steps[account.id] ??= {})[step.id] = stepState(rnd);
    }
  }
  return state;
}

/** The worst realistic leak: everything leaked, the password reused, every account involved. */
export function bigIncident(state: AppState): Incident {
  return {
    id: 'inc-big',
    discoveredAt: NOW,
    leakedAt: NOW - 20 * DAY,
    source: 'ShopCo',
    sourceCategory: 'shopping',
    howLearned: 'breach-notice',
    leaked: [...LEAKED_DATA],
    passwordReused: true,
    cardSecretsLeaked: true,
    region: 'cn',
    accountIds: state.accounts.map((account) => account.id),
    createdAt: NOW,
    updatedAt: NOW,
  };
}
