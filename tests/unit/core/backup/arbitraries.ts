// fast-check generators of valid user data, shaped like what the app stores (core/model.ts).
import fc from 'fast-check';
import {
  CATEGORIES,
  EVIDENCE_KINDS,
  HOW_LEARNED,
  LEAKED_DATA,
  REGIONS,
  STEP_STATUSES,
  TIERS,
  type Account,
  type AppState,
  type Evidence,
  type Incident,
  type Settings,
  type StepState,
} from '@/core/model';

/** Ids as the schema allows them, including names of Object.prototype members ("constructor" may arrive by sync). */
export const idArb = fc.oneof(
  { weight: 9, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'valueOf',
      'toString',
      'hasOwnProperty',
      'isPrototypeOf',
      '__defineGetter__',
      'constructor',
      'prototype',
      '__proto__',
    ),
  },
);
/** Times up to the tests' "now" (sample.ts NOW): later ones are clamped on import (tested on their own). */
export const PAST_NOW = 1_764_000_000_000;
const time = fc.integer({ min: 0, max: PAST_NOW });
/** A snooze's end lies ahead by design and is never clamped. */
const until = fc.integer({ min: 0, max: 4_000_000_000_000 });
/** Any text a person might type, Chinese and "<" included: text is text ("Bank Support <support@bank.example>"). */
const text = (maxLength: number) =>
  fc
    .oneof(
      { weight: 9, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('Bank Support <support@bank.example>', '<b>not bold</b>', '客服 <kefu@bank.cn>', 'x<5 & y>2'),
      },
    )
    .filter((s) => s.length <= maxLength);

export const stepStateArb: fc.Arbitrary<StepState> = fc.record(
  { status: fc.constantFrom(...STEP_STATUSES), at: time, until, note: text(2000) },
  { requiredKeys: ['status', 'at'] },
);

const accountArb = (id: string): fc.Arbitrary<Account> =>
  fc.record(
    {
      id: fc.constant(id),
      siteId: idArb,
      customName: text(100),
      customDomain: text(253),
      label: text(100),
      category: fc.constantFrom(...CATEGORIES),
      tier: fc.constantFrom(...TIERS),
      sharedPassword: fc.boolean(),
      noReminders: fc.boolean(),
      createdAt: time,
      updatedAt: time,
    },
    { requiredKeys: ['id', 'label', 'category', 'tier', 'sharedPassword', 'createdAt', 'updatedAt'] },
  );

const incidentArb = (id: string, accountIds: string[]): fc.Arbitrary<Incident> =>
  fc.record(
    {
      id: fc.constant(id),
      discoveredAt: time,
      leakedAt: time,
      source: text(200),
      sourceCategory: fc.constantFrom(...CATEGORIES),
      howLearned: fc.constantFrom(...HOW_LEARNED),
      leaked: fc.uniqueArray(fc.constantFrom(...LEAKED_DATA), { maxLength: 4 }),
      passwordReused: fc.boolean(),
      cardSecretsLeaked: fc.boolean(),
      region: fc.constantFrom(...REGIONS),
      accountIds: fc.subarray(accountIds),
      losses: text(2000),
      notes: text(4000),
      createdAt: time,
      updatedAt: time,
      closedAt: time,
    },
    {
      requiredKeys: [
        'id',
        'discoveredAt',
        'source',
        'howLearned',
        'leaked',
        'passwordReused',
        'cardSecretsLeaked',
        'region',
        'accountIds',
        'createdAt',
        'updatedAt',
      ],
    },
  );

const evidenceArb = (id: string, incidentIds: string[]): fc.Arbitrary<Evidence> =>
  fc.record({
    id: fc.constant(id),
    incidentId: fc.constantFrom(...incidentIds),
    kind: fc.constantFrom(...EVIDENCE_KINDS),
    at: time,
    from: text(200),
    summary: text(4000),
    fileName: text(260),
    createdAt: time,
    updatedAt: time,
  });

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  language: fc.constantFrom('auto', 'en', 'zh_CN'),
  region: fc.constantFrom('auto', ...REGIONS),
  reminders: fc.record({
    enabled: fc.boolean(),
    time: clock,
    quietStart: clock,
    quietEnd: clock,
    dailyCap: fc.integer({ min: 1, max: 5 }),
    checkup: fc.boolean(),
  }),
  sync: fc.boolean(),
});

/** Per-owner records (step or task states) keyed by owner id then item id. */
const ownedStates = (owners: string[]) =>
  fc
    .subarray(owners)
    .chain((chosen) =>
      fc
        .tuple(
          ...chosen.map((owner) =>
            fc.dictionary(idArb, stepStateArb, { minKeys: 1, maxKeys: 3 }).map((states) => [owner, states] as const),
          ),
        )
        .map((pairs) => Object.fromEntries(pairs) as Record<string, Record<string, StepState>>),
    );

/** A whole consistent state: every reference points at a record that is there. */
export const appStateArb: fc.Arbitrary<AppState> = fc
  .record({
    accountIds: fc.uniqueArray(idArb, { maxLength: 5 }),
    incidentIds: fc.uniqueArray(idArb, { maxLength: 3 }),
    evidenceIds: fc.uniqueArray(idArb, { maxLength: 4 }),
  })
  .chain(({ accountIds, incidentIds, evidenceIds }) =>
    fc.record({
      settings: settingsArb,
      accounts: fc.tuple(...accountIds.map((id) => accountArb(id))),
      steps: ownedStates(accountIds),
      incidents: fc.tuple(...incidentIds.map((id) => incidentArb(id, accountIds))),
      tasks: ownedStates(incidentIds),
      evidence: incidentIds.length ? fc.tuple(...evidenceIds.map((id) => evidenceArb(id, incidentIds))) : fc.constant([]),
    }),
  );
