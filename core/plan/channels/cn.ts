// Mainland China: 110 / 96110, the regulators' complaint lines by industry, the credit reference centre,
// 一证通查 and 云闪付 一键查卡 (see shared/docs/domain-facts.md for where each fact comes from).
import type { Category } from '../../model';
import { DAY, type TaskSpec } from '../task';
import { howKeys, moneyAtStake, type RegionChannels } from './types';

const CREDIT_REPORT: TaskSpec = { id: 'cn-credit-report', key: 'plan.task.cnCreditReport', minutes: 15, dueIn: 3 * DAY, url: 'https://www.pbccrc.org.cn' };
const PHONE_NUMBERS: TaskSpec = { id: 'cn-phone-numbers', key: 'plan.task.cnPhoneNumbers', minutes: 5, dueIn: 3 * DAY, url: 'https://getsimnum.caict.ac.cn' };
const BANK_CARDS: TaskSpec = { id: 'cn-bank-cards', key: 'plan.task.cnBankCards', minutes: 5, dueIn: 3 * DAY };

const line = (number: string, url?: string): TaskSpec => ({
  id: `cn-${number}`, key: `plan.task.cn${number}`, minutes: 20, dueIn: 7 * DAY, ...(url ? { url } : {}),
});
const R12321 = line('12321', 'https://www.12321.cn');
const R12377 = line('12377', 'https://www.12377.cn');
// The 12315 web portal is unverified, and the rest are phone lines: no link for them.
const R12315 = line('12315');
const R12378 = line('12378');
const R12363 = line('12363');
const R12300 = line('12300');

/** 12321 takes every leak report; the others fit the source's industry. */
const BY_CATEGORY: Partial<Record<Category, TaskSpec[]>> = {
  banking: [R12378, R12363],
  payment: [R12363],
  telecom: [R12300],
  shopping: [R12315, R12377],
  travel: [R12315, R12377],
  other: [R12315, R12377],
};

export const china: RegionChannels = {
  how: howKeys('Cn'),
  identityChecks: [CREDIT_REPORT, PHONE_NUMBERS, BANK_CARDS],
  creditChecks: [CREDIT_REPORT],
  police: (incident) => [
    { id: 'police', key: 'plan.task.policeCn', minutes: 60, dueIn: moneyAtStake(incident) ? DAY : 3 * DAY, urgent: moneyAtStake(incident) },
  ],
  regulators: (category) => [R12321, ...((category && BY_CATEGORY[category]) ?? [R12377])],
  extraProcedure: [{ id: 'cn-anti-fraud-app', key: 'plan.task.cnAntiFraudApp', minutes: 10, dueIn: DAY }],
  identityFollowUps: [],
};
