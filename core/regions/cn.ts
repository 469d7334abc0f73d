// Mainland China: the local police station (派出所) or the cyber police (网安) for the report, 96110 for advice,
// the regulators' complaint lines by industry, the credit reference centre, 一证通查 and 云闪付 一键查卡, the
// 个人所得税 App. Where each fact comes from (checked 2026-12-01, stored copies of the pages):
// - 公安机关办理刑事案件程序规定 (2020) art. 171: the police make a 受案登记表 and hand the 受案回执 to whoever
//   reported (www.gov.cn/zhengce/2021-12/25/content_5712867.htm, as quoted).
// - 一证通查 2.0 (MIIT, 2022-07-21): the count, not the names, of internet accounts tied to a phone number, at eight
//   companies (Tencent, Alibaba, Alipay, Baidu, Kuaishou, Douyin, JD, Meituan), through the 工信微报, 工信部反诈专班
//   and 中国信通院 WeChat accounts and the Alipay 一证通查 mini program; the answer comes by SMS from 10699000
//   within 48 hours (People's Daily 2022-07-22 p. 7; the MIIT announcement as republished).
// - 云闪付 一键查卡 (UnionPay, 2021-12 pilot, 2022-03 extended): on the app's home page (常用应用, or search for it),
//   a report within 24 hours, deleted after 7 days; cards without a phone number on file at the bank, with an
//   expired ID, or without card-not-present payments cannot be found (UnionPay's notice as republished).
// - 个人所得税 App: 收入纳税明细查询 lists who declared income under your ID; each entry has 申诉 (how-to pages, L;
//   the tax administration's own page was not found in the stored copies).
// - 征信业管理条例 arts. 17 and 25: two free reports a year; a dispute (异议) is checked within 20 days.
import type { Category } from '../model';
import { DAY, type TaskSpec } from '../plan/task';
import { howKeys, moneyAtStake, type RegionChannels, type RegionFile } from './types';

const CREDIT_REPORT: TaskSpec = {
  id: 'cn-credit-report',
  key: 'plan.task.cnCreditReport',
  minutes: 15,
  dueIn: 3 * DAY,
  url: 'https://www.pbccrc.org.cn',
};
const CREDIT_DISPUTE: TaskSpec = {
  id: 'cn-credit-dispute',
  key: 'plan.task.cnCreditDispute',
  minutes: 20,
  dueIn: 7 * DAY,
  url: 'https://www.pbccrc.org.cn',
};
const PHONE_NUMBERS: TaskSpec = {
  id: 'cn-phone-numbers',
  key: 'plan.task.cnPhoneNumbers',
  minutes: 5,
  dueIn: 3 * DAY,
  url: 'https://getsimnum.caict.ac.cn',
};
const BANK_CARDS: TaskSpec = { id: 'cn-bank-cards', key: 'plan.task.cnBankCards', minutes: 5, dueIn: 3 * DAY };
const TAX_INCOME: TaskSpec = { id: 'cn-tax-income', key: 'plan.task.cnTaxIncome', minutes: 10, dueIn: 7 * DAY };

const line = (number: string, url?: string): TaskSpec => ({
  id: `cn-${number}`,
  key: `plan.task.cn${number}`,
  minutes: 20,
  dueIn: 7 * DAY,
  ...(url ? { url } : {}),
});
const R12321 = line('12321', 'https://www.12321.cn');
const R12377 = line('12377', 'https://www.12377.cn');
// The 12315 web portal is unverified, and the rest are phone lines: no link for them.
const R12315 = line('12315');
const R12378 = line('12378');
const R12363 = line('12363');
const R12300 = line('12300');
const R12345 = line('12345');

/** 12321 takes every leak report; the others fit the source's industry; a business of any other kind goes to
 *  market regulation or the consumer association (12315) and the cyberspace administration (12377). */
const BY_CATEGORY: Partial<Record<Category, TaskSpec[]>> = {
  banking: [R12378, R12363],
  payment: [R12363],
  telecom: [R12300],
  government: [R12345],
};
const ANY_BUSINESS = [R12315, R12377];

const channels: RegionChannels = {
  how: howKeys('Cn'),
  // The phone number is the login and reset factor of the payment and bank apps, and an ID number is what a
  // shop asks for before it re-issues a SIM (补卡).
  phoneAtRisk: ['phone', 'id-number', 'id-photo'],
  identityChecks: [CREDIT_REPORT, CREDIT_DISPUTE, PHONE_NUMBERS, BANK_CARDS, TAX_INCOME],
  creditChecks: [CREDIT_REPORT, CREDIT_DISPUTE],
  police: (incident) => [
    { id: 'police', key: 'plan.task.policeCn', minutes: 60, dueIn: moneyAtStake(incident) ? DAY : 3 * DAY, urgent: moneyAtStake(incident) },
  ],
  regulators: (category) => [R12321, ...((category && BY_CATEGORY[category]) ?? ANY_BUSINESS)],
  extraProcedure: [{ id: 'cn-anti-fraud-app', key: 'plan.task.cnAntiFraudApp', minutes: 10, dueIn: DAY }],
  identityFollowUps: [],
};

export const china: RegionFile = {
  id: 'cn',
  channels,
  legal: [
    'pipl44to50',
    'pipl47',
    'pipl57',
    'pipl69',
    'pipl70',
    'civilCode',
    'criminal2531',
    'interpretation2017',
    'criminal2861',
    'antiFraud',
    'creditRules',
  ],
  complaintRights: 'plan.template.complaint.rightsCn',
  // 公安机关办理刑事案件程序规定 art. 171: banks and courts ask for the 受案回执 when a loan or card opened in the
  // victim's name is contested.
  policeAsks: ['plan.police.ask.receiptCn'],
  suggestedSites: [
    'qq-mail',
    'netease-mail',
    'wechat',
    'alipay',
    'icbc',
    'cmb',
    'ccb',
    'unionpay',
    'taobao',
    'jd',
    'pinduoduo',
    'china-mobile',
    'china-unicom',
    'china-telecom',
    'qq',
    'china-railway-12306',
  ],
  languages: ['zh', 'zh-cn*', 'zh-hans*'],
  // The bank's own number (on the back of the card) to freeze; 110 when money is gone or a fraud is under way;
  // 96110 for warnings and advice, it does not take a case (公安部 / 国家反诈中心 public guidance, checked 2026-12-01).
  emergency: [{ key: 'cnBank' }, { key: 'cn110', tel: '110' }, { key: 'cn96110', tel: '96110' }],
};
