// The "I had a leak" form as plain data: its empty state, its checks, and the incident it saves.
// Pure: ids and clocks are passed in.
import { fromDateInput, toDateInput } from './format';
import { MINUTE } from './time';
import type { Category, Incident, LeakedData, Region } from './model';

export interface IncidentDraft {
  /** <input type="datetime-local"> value: YYYY-MM-DDTHH:mm, local time */
  discovered: string;
  /** <input type="date"> value, or '' when unknown */
  leakedOn: string;
  source: string;
  sourceCategory: Category | '';
  howLearned: Incident['howLearned'];
  leaked: LeakedData[];
  passwordReused: boolean;
  cardSecretsLeaked: boolean;
  region: Region;
  accountIds: string[];
  /** Accounts where the user used the leaked password: saved on the accounts themselves. */
  sharedAccountIds: string[];
  /** Which phone labels and mailboxes leaked (the recovery map); absent: all of them, when that kind leaked. */
  leakedPhones?: string[];
  leakedMailboxes?: string[];
}

export type IncidentError =
  | 'discovered-invalid'
  | 'discovered-future'
  | 'leaked-invalid'
  | 'leaked-after-discovered'
  | 'source-empty'
  | 'source-too-long'
  | 'nothing-leaked';

const pad = (n: number) => String(n).padStart(2, '0');

export function toDateTimeInput(ms: number): string {
  const d = new Date(ms);
  return `${toDateInput(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromDateTimeInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const ms = new Date(y, mo - 1, d, h, mi).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

export function emptyDraft(region: Region, now: number): IncidentDraft {
  return {
    discovered: toDateTimeInput(now),
    leakedOn: '',
    source: '',
    sourceCategory: '',
    howLearned: 'breach-notice',
    leaked: [],
    passwordReused: false,
    cardSecretsLeaked: false,
    region,
    accountIds: [],
    sharedAccountIds: [],
  };
}

// A clock a few minutes off should not block the form.
const SLACK = 10 * MINUTE;

export function checkIncidentDraft(draft: IncidentDraft, now: number): IncidentError[] {
  const errors: IncidentError[] = [];
  const discovered = fromDateTimeInput(draft.discovered);
  if (discovered === undefined) errors.push('discovered-invalid');
  else if (discovered > now + SLACK) errors.push('discovered-future');
  if (draft.leakedOn) {
    const leaked = fromDateInput(draft.leakedOn);
    if (leaked === undefined) errors.push('leaked-invalid');
    else if (discovered !== undefined && leaked > discovered) errors.push('leaked-after-discovered');
  }
  const source = draft.source.trim();
  if (!source) errors.push('source-empty');
  if (source.length > 200) errors.push('source-too-long');
  if (draft.leaked.length === 0) errors.push('nothing-leaked');
  return errors;
}

/** The incident a valid draft describes; editing keeps the id, creation time, losses and notes. */
export function incidentFromDraft(draft: IncidentDraft, id: string, now: number, previous?: Incident): Incident {
  const incident: Incident = {
    ...(previous ?? {}),
    id,
    discoveredAt: fromDateTimeInput(draft.discovered) ?? now,
    source: draft.source.trim(),
    howLearned: draft.howLearned,
    leaked: [...draft.leaked],
    passwordReused: draft.leaked.includes('password') && draft.passwordReused,
    cardSecretsLeaked: draft.leaked.includes('bank-card') && draft.cardSecretsLeaked,
    region: draft.region,
    accountIds: [...draft.accountIds],
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
  delete incident.leakedAt;
  delete incident.sourceCategory;
  delete incident.leakedPhones;
  delete incident.leakedMailboxes;
  if (draft.leakedPhones && draft.leaked.includes('phone')) incident.leakedPhones = [...draft.leakedPhones];
  if (draft.leakedMailboxes && draft.leaked.includes('email')) incident.leakedMailboxes = [...draft.leakedMailboxes];
  const leakedAt = draft.leakedOn ? fromDateInput(draft.leakedOn) : undefined;
  if (leakedAt !== undefined) incident.leakedAt = leakedAt;
  if (draft.sourceCategory) incident.sourceCategory = draft.sourceCategory;
  return incident;
}

export function draftFromIncident(incident: Incident, sharedAccountIds: string[]): IncidentDraft {
  return {
    discovered: toDateTimeInput(incident.discoveredAt),
    leakedOn: incident.leakedAt === undefined ? '' : toDateInput(incident.leakedAt),
    source: incident.source,
    sourceCategory: incident.sourceCategory ?? '',
    howLearned: incident.howLearned,
    leaked: [...incident.leaked],
    passwordReused: incident.passwordReused,
    cardSecretsLeaked: incident.cardSecretsLeaked,
    region: incident.region,
    accountIds: [...incident.accountIds],
    sharedAccountIds,
    ...(incident.leakedPhones ? { leakedPhones: [...incident.leakedPhones] } : {}),
    ...(incident.leakedMailboxes ? { leakedMailboxes: [...incident.leakedMailboxes] } : {}),
  };
}
