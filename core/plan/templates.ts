// Ready-to-send texts filled with the incident's details: the complaint letter to the provider and the
// message that warns family and friends. Pure: translation, date and list formatting are passed in.
import { LEAKED_DATA, type Incident, type LeakedData } from '../model';
import { regionFile } from '../regions';
import { camel } from './task';

type Vars = Record<string, string | number>;

export interface TextTools {
  t: (key: string, vars?: Vars) => string;
  date: (ms: number) => string;
  /** Joins items the way the language does ("a, b and c", "a、b和c"). */
  list: (items: string[]) => string;
}

/** The label of a leaked data type as it reads inside a sentence ("my phone number"). */
export const dataInlineKey = (data: LeakedData) => `leak.dataInline.${camel(data)}`;

/** What leaked, in the user's words, in the form's order. */
export function leakedList(incident: Incident, tools: TextTools): string {
  const items = LEAKED_DATA.filter((d) => incident.leaked.includes(d)).map((d) => tools.t(dataInlineKey(d)));
  return tools.list(items);
}

export function complaintLetter(incident: Incident, tools: TextTools, today: number): string {
  const vars = {
    source: incident.source,
    discovered: tools.date(incident.discoveredAt),
    leaked: leakedList(incident, tools),
    how: tools.t(`leak.howInline.${camel(incident.howLearned)}`),
    today: tools.date(today),
  };
  const paragraphs = [
    'plan.template.complaint.subject',
    'plan.template.complaint.greeting',
    'plan.template.complaint.facts',
    incident.leakedAt === undefined ? undefined : 'plan.template.complaint.when',
    // China's letter cites PIPL; the UK's cites UK GDPR; elsewhere the letter asks for the same in plain words.
    regionFile(incident.region).complaintRights,
    'plan.template.complaint.requests',
    'plan.template.complaint.closing',
    'plan.template.complaint.signature',
  ];
  const when: Vars = incident.leakedAt === undefined ? {} : { leakedOn: tools.date(incident.leakedAt) };
  return paragraphs
    .filter((key): key is string => key !== undefined)
    .map((key) => tools.t(key, { ...vars, ...when }))
    .join('\n\n');
}

export function familyMessage(incident: Incident, tools: TextTools): string {
  const key = incident.leaked.includes('chats') ? 'plan.template.family.chats' : 'plan.template.family.body';
  return tools.t(key, { leaked: leakedList(incident, tools) });
}

/** What to take to the police, from what leaked and how the user learned of it. */
export function policeChecklist(incident: Incident): string[] {
  const has = (data: LeakedData) => incident.leaked.includes(data);
  const items = ['plan.police.bring.id', 'plan.police.bring.report', 'plan.police.bring.whatLeaked', 'plan.police.bring.evidence'];
  if (incident.howLearned === 'breach-notice' || incident.howLearned === 'news') items.push('plan.police.bring.notice');
  if (incident.howLearned === 'scam-call' || incident.howLearned === 'sms' || has('phone')) items.push('plan.police.bring.phone');
  if (has('bank-card') || has('credit')) items.push('plan.police.bring.cards');
  if (has('bank-card') || incident.losses?.trim()) items.push('plan.police.bring.transactions');
  if (incident.accountIds.length || has('password') || incident.howLearned === 'unknown-login') items.push('plan.police.bring.accounts');
  if (has('id-number') || has('id-photo') || has('credit')) items.push('plan.police.bring.credit');
  return items;
}

/** What to ask the police for before leaving (in mainland China the 受案回执): the region file says. */
export const policeAsks = (incident: Incident): string[] => [...regionFile(incident.region).policeAsks];
