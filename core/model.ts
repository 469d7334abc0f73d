// The user's own data, as stored. zod/mini keeps these schemas out of the popup's weight budget.
import * as z from 'zod/mini';

// Never generate code at run time: Firefox's linter (and a strict CSP) reject zod's eval probe.
z.config({ jitless: true });

export const CATEGORIES = [
  'email',
  'banking',
  'payment',
  'shopping',
  'social',
  'telecom',
  'government',
  'cloud',
  'work',
  'travel',
  'games',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const TIERS = ['critical', 'important', 'other'] as const;
export type Tier = (typeof TIERS)[number];

export const STEP_STATUSES = ['pending', 'done', 'done-other', 'not-applicable', 'snoozed'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const REGIONS = ['cn', 'us', 'uk', 'other'] as const;
export type Region = (typeof REGIONS)[number];

export const LEAKED_DATA = [
  'password',
  'email',
  'phone',
  'id-number',
  'bank-card',
  'address',
  'real-name',
  'id-photo',
  'location',
  'chats',
  'credit',
  'other',
] as const;
export type LeakedData = (typeof LEAKED_DATA)[number];

export const HOW_LEARNED = ['breach-notice', 'scam-call', 'sms', 'unknown-login', 'news', 'other'] as const;
export const EVIDENCE_KINDS = ['call', 'sms', 'email', 'chat', 'transaction', 'web-page', 'other'] as const;

const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
/** The id of a record (account, incident...): also what the side panel remembers between sessions. */
export const IdSchema = id;
const time = z.number().check(z.int(), z.nonnegative());
const text = (max: number) => z.string().check(z.maxLength(max));

export const StepStateSchema = z.object({
  status: z.enum(STEP_STATUSES),
  at: time,
  until: z.optional(time),
  note: z.optional(text(2000)),
});
export type StepState = z.infer<typeof StepStateSchema>;

/** Second factors in 2fa.directory's vocabulary, plus "none" when the user says there is none. */
export const SECOND_FACTORS = ['none', 'sms', 'call', 'email', 'totp', 'u2f', 'custom-software', 'custom-hardware'] as const;
export type SecondFactor = (typeof SECOND_FACTORS)[number];

/** A phone number as the user names it ("main phone, ends 1234"): a label, never the number itself. */
export const PhoneLabelSchema = z.string().check(z.minLength(1), z.maxLength(60));

/** How an account can be reset (schema 2): the recovery map is built from these. */
export const RecoverySchema = z.object({
  /** Ids of the user's own email accounts (in this list) that can reset this account. */
  mailboxes: z.array(id).check(z.maxLength(20)),
  /** Labels of the phone numbers that can reset it by SMS or call. */
  phones: z.array(PhoneLabelSchema).check(z.maxLength(10)),
  secondFactor: z.optional(z.enum(SECOND_FACTORS)),
  /** Mailboxes taken off because their account was deleted: the map says so until the user edits this. */
  lost: z.optional(z.array(z.object({ label: text(100), at: time })).check(z.maxLength(20))),
});
export type Recovery = z.infer<typeof RecoverySchema>;

export const AccountSchema = z.object({
  id,
  // A catalogue site id, or absent for a custom site.
  siteId: z.optional(id),
  customName: z.optional(text(100)),
  customDomain: z.optional(text(253)),
  label: text(100),
  category: z.enum(CATEGORIES),
  tier: z.enum(TIERS),
  sharedPassword: z.boolean(),
  noReminders: z.optional(z.boolean()),
  recovery: z.optional(RecoverySchema),
  createdAt: time,
  updatedAt: time,
});
export type Account = z.infer<typeof AccountSchema>;

export const IncidentSchema = z.object({
  id,
  discoveredAt: time,
  /** When the leak itself happened, if known. Steps done after it count; earlier ones do not. */
  leakedAt: z.optional(time),
  source: text(200),
  /** What kind of company the source is, when known: it picks the regulator to report to. */
  sourceCategory: z.optional(z.enum(CATEGORIES)),
  howLearned: z.enum(HOW_LEARNED),
  leaked: z.array(z.enum(LEAKED_DATA)),
  passwordReused: z.boolean(),
  cardSecretsLeaked: z.boolean(),
  region: z.enum(REGIONS),
  accountIds: z.array(id),
  /** Which phone labels leaked (schema 2); absent while the plan takes every phone label when "phone" leaked. */
  leakedPhones: z.optional(z.array(PhoneLabelSchema).check(z.maxLength(10))),
  /** Which of the user's mailboxes leaked (schema 2); absent: every mailbox when "email" leaked. */
  leakedMailboxes: z.optional(z.array(id).check(z.maxLength(20))),
  losses: z.optional(text(2000)),
  notes: z.optional(text(4000)),
  createdAt: time,
  updatedAt: time,
  closedAt: z.optional(time),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const EvidenceSchema = z.object({
  id,
  incidentId: id,
  kind: z.enum(EVIDENCE_KINDS),
  at: time,
  from: text(200),
  summary: text(4000),
  fileName: text(260),
  /** What the caller or sender already knew about the user (schema 2: the suspicious-contact form). */
  knew: z.optional(z.array(z.enum(LEAKED_DATA))),
  /** The scam guide entry the user matched it with. */
  scamId: z.optional(id),
  /** The user keeps it in the log but leaves it out of the printed report (absent means included). */
  omitFromReport: z.optional(z.literal(true)),
  createdAt: time,
  updatedAt: time,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const SettingsSchema = z.object({
  language: z.enum(['auto', 'en', 'zh_CN']),
  region: z.enum(['auto', ...REGIONS]),
  reminders: z.object({
    enabled: z.boolean(),
    time: clock,
    quietStart: clock,
    quietEnd: clock,
    dailyCap: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
    checkup: z.boolean(),
  }),
  sync: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  region: 'auto',
  reminders: { enabled: true, time: '19:00', quietStart: '22:00', quietEnd: '08:00', dailyCap: 2, checkup: true },
  sync: false,
};

/** Everything the user has, as the views and the background see it after parsing. */
export interface AppState {
  settings: Settings;
  accounts: Account[];
  /** accountId -> stepId -> state */
  steps: Record<string, Record<string, StepState>>;
  incidents: Incident[];
  /** incidentId -> taskId -> state */
  tasks: Record<string, Record<string, StepState>>;
  evidence: Evidence[];
}

export const emptyState = (): AppState => ({
  settings: structuredClone(DEFAULT_SETTINGS),
  accounts: [],
  steps: {},
  incidents: [],
  tasks: {},
  evidence: [],
});
