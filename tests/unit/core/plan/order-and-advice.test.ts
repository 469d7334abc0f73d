// The plan for realistic incidents in mainland China, the US and the UK: the order a person's money depends on
// (email and the phone number before money when they leaked; evidence before the complaint and the police) and
// the presence of each piece of advice issue 14 asked for.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/core/plan';
import { guidedOrder } from '@/components/guided/plan-order';
import { policeAsks } from '@/core/plan/templates';
import type { Incident, LeakedData, Region } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { chinese, english } from '../../setup';
import { DAY, HOUR, NOW, account, catalogue, incident, stateWith } from './fixtures';

const accounts = [
  account('mail', { label: 'Mail', siteId: 'mail', category: 'email', tier: 'critical' }),
  account('carrier', { label: 'Carrier', category: 'telecom', tier: 'important' }),
  account('bank', { label: 'Bank', category: 'banking', tier: 'critical' }),
  account('wallet', { label: 'Wallet', category: 'payment', tier: 'critical' }),
  account('forum', { label: 'Forum' }),
];
const ALL = accounts.map((a) => a.id);

const planFor = (extra: Partial<Incident>) => buildPlan(incident({ accountIds: ALL, ...extra }), stateWith({ accounts }), catalogue);
const ids = (tasks: PlanTask[]) => tasks.map((t) => t.id);
const at = (tasks: PlanTask[], id: string) => {
  const index = tasks.findIndex((t) => t.id === id);
  expect(index, `${id} is in the plan`).toBeGreaterThanOrEqual(0);
  return index;
};
const accountOf = (task: PlanTask) => task.accountStep?.accountId;
const isEmail = (task: PlanTask) => accountOf(task) === 'mail' || task.id === 'secure-email';
const isPhone = (task: PlanTask) => accountOf(task) === 'carrier' || task.id === 'phone-carrier' || task.id === 'sim-swap';
const isMoney = (task: PlanTask) => accountOf(task) === 'bank' || accountOf(task) === 'wallet' || task.id.startsWith('card-');

/** A realistic leak per region: a shop leaked email, phone, ID number and card number together. */
const INCIDENTS: [Region, LeakedData[]][] = [
  ['cn', ['email', 'phone', 'id-number', 'bank-card']],
  ['cn', ['phone', 'id-number']],
  ['cn', ['id-number', 'bank-card']],
  ['us', ['email', 'phone', 'id-number', 'bank-card']],
  ['us', ['phone', 'bank-card']],
  ['uk', ['email', 'phone', 'bank-card', 'password']],
  ['uk', ['phone', 'id-number']],
];

describe.each(INCIDENTS)('a leak in %s of %j', (region, leaked) => {
  const tasks = planFor({ region, leaked, sourceCategory: 'shopping', passwordReused: true });

  it('secures email and the phone number before any money account or card', () => {
    const lastGuard = Math.max(...tasks.map((t, i) => (isEmail(t) || isPhone(t) ? i : -1)));
    const firstMoney = tasks.findIndex(isMoney);
    expect(firstMoney).toBeGreaterThan(lastGuard);
    // Email comes first of all.
    expect(isEmail(tasks[0]!)).toBe(true);
    const lastEmail = Math.max(...tasks.map((t, i) => (isEmail(t) ? i : -1)));
    const firstPhone = tasks.findIndex(isPhone);
    expect(firstPhone).toBeGreaterThan(lastEmail);
  });

  it('keeps that order when the tasks are walked by due time (the guided walk and "what next")', () => {
    // By due time, the mailbox's and the number's urgent work comes before any money task of the same hours.
    const walked = guidedOrder(tasks);
    const lastGuard = Math.max(...walked.map((t, i) => ((isEmail(t) || isPhone(t)) && t.urgent ? i : -1)));
    expect(walked.findIndex(isMoney)).toBeGreaterThan(lastGuard);
    expect(isEmail(walked[0]!)).toBe(true);
    expect(walked.findIndex(isPhone)).toBeGreaterThan(walked.findIndex(isEmail));
  });

  it('gives the phone number hours, not a day, and says why it is there', () => {
    for (const id of ['phone-carrier', 'sim-swap']) {
      const task = tasks[at(tasks, id)]!;
      expect(task.phase).toBe('lock-down');
      expect(task.urgent).toBe(true);
      expect(task.dueAt - NOW).toBeLessThanOrEqual(4 * HOUR);
    }
    expect(tasks.filter((t) => accountOf(t) === 'carrier').every((t) => t.why?.key === 'plan.lock.reason.phone')).toBe(true);
  });

  it('keeps the evidence before the complaint and every police report, and closes the account only after', () => {
    const evidence = at(tasks, 'keep-evidence');
    expect(evidence).toBeLessThan(at(tasks, 'complain-provider'));
    expect(evidence).toBeLessThan(at(tasks, 'police'));
    if (region === 'us') expect(evidence).toBeLessThan(at(tasks, 'identitytheft-gov'));
    expect(at(tasks, 'close-account')).toBeGreaterThan(at(tasks, 'complain-provider'));
    const due = (id: string) => tasks[at(tasks, id)]!.dueAt;
    expect(due('keep-evidence')).toBeLessThan(due('complain-provider'));
    expect(due('keep-evidence')).toBeLessThanOrEqual(due('police'));
  });

  it('links to the public breach lists, opened only by a click, and re-checks recovery details a week later', () => {
    expect(tasks[at(tasks, 'breach-lists')]!.url).toBe('https://haveibeenpwned.com/');
    const recheck = tasks[at(tasks, 'recheck-recovery')]!;
    expect(recheck.phase).toBe('follow-up');
    expect(recheck.dueAt - NOW).toBe(7 * DAY);
  });
});

describe('the phone number outside mainland China', () => {
  it.each(['us', 'uk', 'other'] as const)('in %s an ID leak alone does not move the phone tasks up; a phone leak does', (region) => {
    expect(ids(planFor({ region, leaked: ['id-number'] }))).not.toContain('phone-carrier');
    expect(ids(planFor({ region, leaked: ['phone'] }))).toEqual(expect.arrayContaining(['phone-carrier', 'sim-swap']));
  });

  it('in mainland China the SIM-swap warning names 携号转网 and 补卡 codes as the signal to act now', () => {
    const simSwap = planFor({ region: 'cn', leaked: ['id-number'] }).find((t) => t.id === 'sim-swap')!;
    expect(simSwap.how?.key).toBe('plan.task.simSwap.howCn');
    const zh = chinese['plan_task_simSwap_howCn']!.message;
    for (const part of ['携号转网', '授权码', '补卡', '马上']) expect(zh).toContain(part);
    expect(english['plan_task_simSwap_howCn']!.message).toMatch(/act now/);
    expect(english['plan_task_phoneCarrier_howCn']!.message).toContain('服务密码');
  });
});

describe('the missing advice, present where it belongs', () => {
  it.each<[string, Partial<Incident>, string[]]>([
    ['every region closes the account after the evidence', { region: 'uk' }, ['close-account']],
    ['mainland China: 12315 and the consumer association for a business', { region: 'cn', sourceCategory: 'shopping' }, ['cn-12315']],
    ['mainland China: 12345 when a government service leaked', { region: 'cn', sourceCategory: 'government' }, ['cn-12345']],
    [
      'mainland China: tax-app income check and credit dispute when the ID leaked',
      { region: 'cn', leaked: ['id-number'] },
      ['cn-tax-income', 'cn-credit-dispute'],
    ],
    ['mainland China: the credit dispute when credit data leaked', { region: 'cn', leaked: ['credit'] }, ['cn-credit-dispute']],
    [
      'US: IRS IP PIN, my Social Security and ChexSystems when the SSN leaked',
      { region: 'us', leaked: ['id-number'] },
      ['us-irs-ip-pin', 'us-my-ssa', 'us-chexsystems'],
    ],
  ])('%s', (_name, extra, expected) => {
    expect(ids(planFor(extra))).toEqual(expect.arrayContaining(expected));
  });

  it('does not offer US tax and bank-report advice outside the US, nor 12345 for a shop', () => {
    expect(ids(planFor({ region: 'uk', leaked: ['id-number'] }))).not.toContain('us-irs-ip-pin');
    expect(ids(planFor({ region: 'cn', sourceCategory: 'shopping' }))).not.toContain('cn-12345');
  });

  it('names 消费者协会 beside 12315, and PIPL art. 47 in the close-account advice', () => {
    expect(chinese['plan_task_cn12315_how']!.message).toContain('消费者协会');
    expect(chinese['plan_task_closeAccount_howCn']!.message).toContain('第四十七条');
    expect(english['plan_task_closeAccount_howCn']!.message).toContain('(注销)');
  });
});

describe('the police step in mainland China', () => {
  const en = english['plan_task_policeCn_how']!.message;
  const zh = chinese['plan_task_policeCn_how']!.message;

  it('sends the user to the local station or the cyber police even without a loss, and keeps 96110 for advice', () => {
    for (const part of ['派出所', '网安', '受案回执', '110', '96110']) expect(zh).toContain(part);
    expect(zh).toContain('即使没有钱款损失');
    expect(en).toMatch(/even if you have lost no money/);
    expect(en).toMatch(/96110 is the anti-fraud line for warnings and advice; it does not take your report as a case/);
    // The old advice sent everyone without a loss to 96110.
    expect(en).not.toMatch(/without a loss, call 96110/);
  });

  it('says why the 受案回执 matters and lists it as what to ask for', () => {
    expect(english['plan_task_policeCn_why']!.message).toMatch(/banks and courts ask for it when you contest a loan or a card/);
    expect(policeAsks(incident({ region: 'cn' }))).toEqual(['plan.police.ask.receiptCn']);
    expect(chinese['plan_police_ask_receiptCn']!.message).toContain('第一百七十一条');
    expect(policeAsks(incident({ region: 'uk' }))).toEqual(['plan.police.ask.reference']);
  });

  it('gives the police report a day when money is at stake, and keeps it in the plan without a loss', () => {
    expect(planFor({ region: 'cn', leaked: ['email'] }).find((t) => t.id === 'police')?.dueAt).toBe(NOW + 3 * DAY);
    expect(planFor({ region: 'cn', leaked: ['email'], losses: '¥500' }).find((t) => t.id === 'police')?.dueAt).toBe(NOW + DAY);
  });
});

describe('precise procedural statements', () => {
  it('一证通查 2.0: the count only, eight companies, the named channels', () => {
    const zh = chinese['plan_task_cnPhoneNumbers_how']!.message;
    for (const part of ['只给数量', '八家', '工信微报', '工信部反诈专班', '中国信通院', '支付宝“一证通查”小程序', '10699000'])
      expect(zh).toContain(part);
    expect(english['plan_task_cnPhoneNumbers_how']!.message).toMatch(/count only, not which accounts/);
  });

  it('云闪付 一键查卡: on the home page, coverage partial', () => {
    const zh = chinese['plan_task_cnBankCards_how']!.message;
    expect(zh).toContain('首页');
    expect(zh).toContain('覆盖不全');
    expect(english['plan_task_cnBankCards_how']!.message).toMatch(/coverage is partial/);
  });

  it("says the 15-day answer the letter asks for is the user's own deadline, not the law's", () => {
    for (const key of ['plan_task_complain_howCn', 'plan_task_complain_howOther']) {
      expect(english[key]!.message).toMatch(/your own request, not one the law sets/);
      expect(chinese[key]!.message).toContain('不是法律规定的期限');
    }
    expect(english['plan_template_complaint_requests']!.message).toContain('within 15 days');
  });
});

describe('the plan and the UnionPay guide agree on 一键查卡', () => {
  it('both place it on the 云闪付 home page and both say its coverage is partial', async () => {
    const { readFileSync } = await import('node:fs');
    const unionpay = JSON.parse(readFileSync('data/sites/unionpay.json', 'utf8')) as {
      steps: { id: string; how: { en: string; zh_CN: string } }[];
    };
    const step = unionpay.steps.find((s) => s.id === 'card-check')!;
    for (const text of [step.how.zh_CN, chinese['plan_task_cnBankCards_how']!.message]) {
      expect(text).toContain('首页');
      expect(text).toContain('常用应用');
      expect(text).toContain('覆盖不全');
    }
    for (const text of [step.how.en, english['plan_task_cnBankCards_how']!.message]) expect(text).toMatch(/[Cc]overage is partial/);
  });
});
