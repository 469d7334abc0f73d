// The printed report names every plan task in its own, neutral words (its reader is the police, not the user),
// and counts an account's guide steps instead of quoting them.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/core/plan';
import { reportOpenLines, reportTaskRef } from '@/core/plan/report-text';
import { CATEGORIES, LEAKED_DATA, REGIONS } from '@/core/model';
import { formatMessage, type Messages } from '@/core/i18n-format';
import { camel } from '@/core/plan/task';
import { STEP_KINDS } from '@/data/schema';
import { chinese, english } from '../../setup';
import { account, catalogue, incident, stateWith } from './fixtures';

const accounts = [
  account('mail', { siteId: 'mail', category: 'email' }),
  account('bank', { category: 'banking' }),
  account('x', { sharedPassword: true }),
];
// Every region and source, with everything leaked; and once without any account (the plan then starts with the
// mailbox) and with the card's secrets leaked.
const PLANS = REGIONS.flatMap((region) =>
  [undefined, ...CATEGORIES].flatMap((sourceCategory) =>
    [accounts, []].map((list) =>
      buildPlan(
        incident({
          region,
          leaked: [...LEAKED_DATA],
          passwordReused: true,
          cardSecretsLeaked: list.length === 0,
          accountIds: list.length ? ['mail', 'bank'] : [],
          ...(sourceCategory ? { sourceCategory } : {}),
        }),
        stateWith({ accounts: list }),
        catalogue,
      ),
    ),
  ),
);
const TASKS = PLANS.flat();
const id = (key: string) => key.replaceAll('.', '_');
const SECOND_PERSON = { en: /\byou(rs?|rself)?\b/i, zh_CN: /[你您]/ };

describe('the report names plan tasks in its own words', () => {
  it('has its own title for every task written as a spec, and names an account step by its kind', () => {
    const specs = TASKS.filter((task) => !task.accountStep);
    expect(specs.length).toBeGreaterThan(40);
    for (const task of specs) expect(reportTaskRef(task)?.key, task.id).toMatch(/^reportTask\.[A-Za-z0-9]+$/);
    const mailPassword = TASKS.find((task) => task.id === 'lock.mail.password')!;
    expect(reportTaskRef(mailPassword)).toEqual({
      key: 'reportTask.accountStep',
      vars: { account: 'mail' },
      keys: { step: 'reportStep.password' },
    });
  });

  it.each([
    ['en', english],
    ['zh_CN', chinese],
  ] as const)('in %s: every step kind has a name, and none speaks to the user', (lang, dict: Messages) => {
    const names = STEP_KINDS.map((kind) => dict[`reportStep_${camel(kind)}`]?.message ?? `missing ${kind}`);
    expect(names.filter((name) => name.startsWith('missing') || SECOND_PERSON[lang].test(name))).toEqual([]);
    const line = formatMessage(dict, dict, 'reportTask.accountStep', undefined, { account: 'Mail', step: names[0]! });
    expect(line).toContain('Mail');
    expect(line).toContain(names[0]);
  });

  it.each([
    ['en', english],
    ['zh_CN', chinese],
  ] as const)('in %s: every title exists, is filled, and never speaks to the user', (lang, dict: Messages) => {
    const bad: string[] = [];
    for (const line of PLANS.flatMap((plan) => reportOpenLines(plan))) {
      const text =
        line.kind === 'account'
          ? formatMessage(dict, dict, 'reportTask.accountSteps', line.open, { account: line.account })
          : dict[id(line.ref.key)]
            ? formatMessage(dict, dict, line.ref.key, undefined, line.ref.vars ?? {})
            : `missing ${line.ref.key}`;
      if (text.startsWith('missing') || /\{\w+\}/.test(text) || SECOND_PERSON[lang].test(text)) bad.push(text);
    }
    expect([...new Set(bad)]).toEqual([]);
    // The check itself can fail: the plan's own title speaks to the user.
    expect(SECOND_PERSON[lang].test(dict[id('plan.task.targetedScams.title')]!.message)).toBe(true);
  });

  it('keeps no report title that no plan task uses', () => {
    const used = new Set(TASKS.map((task) => reportTaskRef(task)?.key).filter(Boolean));
    const defined = Object.keys(english)
      .filter((key) => key.startsWith('reportTask_') && key !== 'reportTask_accountSteps')
      .map((key) => key.replace('_', '.'));
    expect(defined.filter((key) => !used.has(key))).toEqual([]);
  });

  it('counts an account’s open steps on one line, where its first step was, in plan order', () => {
    const plan = PLANS[0]!;
    const lines = reportOpenLines(plan);
    const accountLines = lines.filter((line) => line.kind === 'account');
    expect(accountLines.map((line) => line.id)).toEqual([...new Set(plan.flatMap((task) => task.accountStep?.accountId ?? []))]);
    const mail = accountLines.find((line) => line.id === 'mail')!;
    expect(mail.open).toBe(plan.filter((task) => task.accountStep?.accountId === 'mail').length);
    expect(mail.open).toBeGreaterThan(1);
    expect(lines.length).toBe(plan.filter((task) => !task.accountStep).length + accountLines.length);
  });
});
