// Phase 2: what to do about each kind of data that leaked, beyond the accounts: freeze the card, check what
// was opened under the ID number, protect the phone number, expect scams that quote the leaked details.
import type { Incident, LeakedData } from '../model';
import type { RegionChannels } from '../regions';
import { DAY, HOUR, mergeById, toTask, type TaskSpec } from './task';
import type { PlanTask } from './types';

/** Money first, then identity, then the means of reaching the user (phone, email), then the rest. */
export const DATA_ORDER: readonly LeakedData[] = [
  'bank-card',
  'id-number',
  'id-photo',
  'credit',
  'phone',
  'email',
  'chats',
  'location',
  'address',
  'real-name',
  'other',
  'password',
];

const spec = (id: string, key: string, minutes: number, dueIn: number, urgent = false): TaskSpec => ({ id, key, minutes, dueIn, urgent });

const TARGETED_SCAMS = spec('targeted-scams', 'plan.task.targetedScams', 5, 3 * DAY);

function cardTasks(incident: Incident, region: RegionChannels): TaskSpec[] {
  const tasks: TaskSpec[] = [{ ...spec('card-call-bank', 'plan.task.cardCallBank', 15, 2 * HOUR, true), how: region.how.cardCallBank }];
  // A number with its CVV or PIN can be spent as it is: a freeze is not enough, the card must be replaced.
  if (incident.cardSecretsLeaked) tasks.push(spec('card-new-number', 'plan.task.cardNewNumber', 10, DAY, true));
  tasks.push(spec('card-transactions', 'plan.task.cardTransactions', 15, DAY, true));
  tasks.push({ ...spec('card-limits', 'plan.task.cardLimits', 10, 2 * DAY), how: region.how.cardLimits });
  return tasks;
}

function tasksFor(data: LeakedData, incident: Incident, region: RegionChannels): TaskSpec[] {
  switch (data) {
    case 'bank-card':
      return cardTasks(incident, region);
    case 'id-number':
      return [...region.identityChecks, TARGETED_SCAMS];
    case 'id-photo':
      return [spec('id-photo', 'plan.task.idPhoto', 10, 3 * DAY), ...region.identityChecks];
    case 'credit':
      return [{ ...spec('credit-scams', 'plan.task.creditScams', 5, 3 * DAY), how: region.how.creditScams }, ...region.creditChecks];
    // The carrier and SIM-swap tasks are in the lock-down phase, beside email (lock-down.ts).
    case 'phone':
      return [{ ...spec('scam-calls', 'plan.task.scamCalls', 5, 2 * DAY), how: region.how.scamCalls }];
    case 'email':
      return [{ ...spec('email-phishing', 'plan.task.emailPhishing', 5, 2 * DAY), how: region.how.emailPhishing }];
    case 'chats':
      return [spec('chats', 'plan.task.chats', 15, 2 * DAY)];
    case 'location':
      return [spec('location', 'plan.task.location', 10, DAY)];
    case 'address':
      return [TARGETED_SCAMS];
    case 'real-name':
      return [TARGETED_SCAMS];
    case 'other':
      return [spec('anything-else', 'plan.task.otherData', 10, 3 * DAY)];
    // The password is handled in the lock-down phase.
    case 'password':
      return [];
  }
}

/** Every plan: a link to look the email address up in public breach lists. The user opens it; the extension
 *  itself sends nothing. */
const BREACH_LISTS: TaskSpec = { ...spec('breach-lists', 'plan.task.breachLists', 5, 2 * DAY), url: 'https://haveibeenpwned.com/' };

export function dataTasks(incident: Incident, region: RegionChannels): PlanTask[] {
  const tasks = DATA_ORDER.filter((data) => incident.leaked.includes(data)).flatMap((data) =>
    tasksFor(data, incident, region).map((one) => toTask(incident, 'data', one, [data])),
  );
  const credentials = incident.leaked.filter((data) => data === 'email' || data === 'password');
  tasks.push(toTask(incident, 'data', BREACH_LISTS, credentials));
  return mergeById(tasks);
}
