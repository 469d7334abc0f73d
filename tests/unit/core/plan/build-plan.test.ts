// The after-a-leak plan: which tasks each leaked data type brings in each region, in what order, due when.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '@/core/plan';
import { LEAKED_DATA, REGIONS, type Category, type LeakedData, type Region } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { DAY, HOUR, NOW, account, catalogue, incident, stateWith } from './fixtures';

const ids = (tasks: PlanTask[]) => tasks.map((task) => task.id);
const plan = (extra: Parameters<typeof incident>[0], accounts = stateWith().accounts) =>
  buildPlan(incident(extra), stateWith({ accounts }), catalogue);

const IDENTITY: Record<Region, string[]> = {
  cn: ['cn-credit-report', 'cn-credit-dispute', 'cn-phone-numbers', 'cn-bank-cards', 'cn-tax-income'],
  us: [
    'us-freeze-equifax',
    'us-freeze-experian',
    'us-freeze-transunion',
    'us-fraud-alert',
    'us-credit-reports',
    'us-irs-ip-pin',
    'us-my-ssa',
    'us-chexsystems',
  ],
  uk: ['uk-credit-reports', 'uk-cifas'],
  other: ['other-credit-report'],
};
const CREDIT: Record<Region, string[]> = {
  cn: ['cn-credit-report', 'cn-credit-dispute'],
  us: ['us-credit-reports'],
  uk: ['uk-credit-reports'],
  other: ['other-credit-report'],
};
const STATEMENTS = ['statements-1', 'statements-2', 'statements-3'];

/** Every plan: a look-up in public breach lists, and a re-check of recovery addresses a week on. */
const ALWAYS = ['breach-lists', 'recheck-recovery'];
/** In mainland China an ID number is what a shop asks for before it re-issues a SIM: the number is at risk too. */
const phoneIfCn = (region: Region) => (region === 'cn' ? ['phone-carrier', 'sim-swap'] : []);

/** The tasks one leaked data type adds, beyond the procedure every plan has. */
function expectedFor(data: LeakedData, region: Region): string[] {
  return [...ALWAYS, ...ownTasks(data, region)];
}

function ownTasks(data: LeakedData, region: Region): string[] {
  switch (data) {
    case 'password':
      return ['secure-email', 'password-everywhere'];
    case 'email':
      return ['secure-email', 'email-phishing'];
    case 'phone':
      return ['phone-carrier', 'sim-swap', 'scam-calls'];
    case 'id-number':
      return [
        ...phoneIfCn(region),
        ...IDENTITY[region],
        'targeted-scams',
        ...STATEMENTS,
        'credit-again',
        ...(region === 'us' ? ['us-fraud-alert-renew'] : []),
      ];
    case 'id-photo':
      return [
        ...phoneIfCn(region),
        'id-photo',
        ...IDENTITY[region],
        ...STATEMENTS,
        'credit-again',
        ...(region === 'us' ? ['us-fraud-alert-renew'] : []),
      ];
    case 'credit':
      return ['credit-scams', ...CREDIT[region], ...STATEMENTS, 'credit-again'];
    case 'bank-card':
      return ['card-call-bank', 'card-transactions', 'card-limits', ...STATEMENTS];
    case 'address':
      return ['targeted-scams'];
    case 'real-name':
      return ['targeted-scams'];
    case 'location':
      return ['location'];
    case 'chats':
      return ['chats'];
    case 'other':
      return ['anything-else'];
  }
}

/** Evidence first: it disappears first, and the complaint and the police report both need it. */
const PROCEDURE: Record<Region, string[]> = {
  cn: [
    'keep-evidence',
    'complain-provider',
    'police',
    'close-account',
    'cn-12321',
    'cn-12315',
    'cn-12377',
    'cn-anti-fraud-app',
    'warn-family',
    'consult-lawyer',
  ],
  us: ['keep-evidence', 'complain-provider', 'identitytheft-gov', 'police', 'close-account', 'us-ftc', 'warn-family', 'consult-lawyer'],
  uk: ['keep-evidence', 'complain-provider', 'police', 'close-account', 'uk-ico', 'warn-family', 'consult-lawyer'],
  other: ['keep-evidence', 'complain-provider', 'police', 'close-account', 'other-regulator', 'warn-family', 'consult-lawyer'],
};

const TABLE = LEAKED_DATA.flatMap((data) => REGIONS.map((region) => [data, region] as const));

describe('buildPlan: every leaked data type in every region', () => {
  it.each(TABLE)('%s in %s: its own tasks, then the procedure, nothing else', (data, region) => {
    const tasks = plan({ leaked: [data], region });
    const nonProcedure = ids(tasks.filter((task) => task.phase !== 'procedure'));
    expect(nonProcedure.sort()).toEqual([...new Set(expectedFor(data, region))].sort());
    expect(ids(tasks.filter((task) => task.phase === 'procedure'))).toEqual(PROCEDURE[region]);
  });

  it.each(TABLE)("%s in %s: the data tasks say what called for them, and no other region's channel appears", (data, region) => {
    const tasks = plan({ leaked: [data], region });
    for (const task of tasks.filter((t) => t.phase === 'data' && t.id !== 'breach-lists')) expect(task.because).toContain(data);
    for (const task of tasks.filter((t) => t.id === 'phone-carrier' || t.id === 'sim-swap')) expect(task.because).toEqual([data]);
    const credentials = data === 'email' || data === 'password' ? [data] : undefined;
    expect(tasks.find((t) => t.id === 'breach-lists')?.because).toEqual(credentials);
    const foreign = REGIONS.filter((r) => r !== region).map((r) => `${r}-`);
    expect(ids(tasks).filter((id) => foreign.some((prefix) => id.startsWith(prefix)))).toEqual([]);
  });

  it.each(REGIONS)("in %s, shared tasks use the region's own wording", (region) => {
    const suffix = { cn: 'Cn', us: 'Us', uk: 'Uk', other: 'Other' }[region];
    const tasks = plan({ leaked: ['bank-card', 'phone', 'email'], region });
    const keys = {
      'card-call-bank': 'cardCallBank',
      'phone-carrier': 'phoneCarrier',
      'scam-calls': 'scamCalls',
      'email-phishing': 'emailPhishing',
    };
    for (const [id, key] of Object.entries(keys)) {
      expect(tasks.find((task) => task.id === id)?.how?.key).toBe(`plan.task.${key}.how${suffix}`);
    }
  });

  it('merges a task several data types call for, and lists all of them', () => {
    const tasks = plan({ leaked: ['address', 'real-name', 'id-number'], region: 'uk' });
    const scams = tasks.filter((task) => task.id === 'targeted-scams');
    expect(scams).toHaveLength(1);
    expect(scams[0]!.because?.sort()).toEqual(['address', 'id-number', 'real-name']);
  });

  it('asks for a new card number only when the CVV or PIN leaked too', () => {
    expect(ids(plan({ leaked: ['bank-card'], cardSecretsLeaked: false }))).not.toContain('card-new-number');
    const tasks = plan({ leaked: ['bank-card'], cardSecretsLeaked: true });
    expect(ids(tasks).slice(0, 3)).toEqual(['card-call-bank', 'card-new-number', 'card-transactions']);
  });

  it('gives every task a unique id, in every combination', () => {
    for (const region of REGIONS) {
      const tasks = plan({ leaked: [...LEAKED_DATA], region, cardSecretsLeaked: true, accountIds: ['m', 'b'] }, [
        account('m', { siteId: 'mail', category: 'email' }),
        account('b', { category: 'banking' }),
      ]);
      expect(new Set(ids(tasks)).size).toBe(tasks.length);
    }
  });
});

describe('buildPlan: regulators that fit the source', () => {
  it.each<[Category | undefined, Region, string[]]>([
    [undefined, 'cn', ['cn-12321', 'cn-12315', 'cn-12377']],
    ['social', 'cn', ['cn-12321', 'cn-12315', 'cn-12377']],
    ['shopping', 'cn', ['cn-12321', 'cn-12315', 'cn-12377']],
    ['government', 'cn', ['cn-12321', 'cn-12345']],
    ['banking', 'cn', ['cn-12321', 'cn-12378', 'cn-12363']],
    ['payment', 'cn', ['cn-12321', 'cn-12363']],
    ['telecom', 'cn', ['cn-12321', 'cn-12300']],
    [undefined, 'us', ['us-ftc']],
    ['banking', 'us', ['us-ftc', 'us-cfpb']],
    ['telecom', 'us', ['us-ftc', 'us-fcc']],
    ['shopping', 'uk', ['uk-ico']],
    ['payment', 'uk', ['uk-ico', 'uk-fos']],
    ['banking', 'other', ['other-regulator']],
  ])('source of kind %s in %s: %j', (sourceCategory, region, expected) => {
    const tasks = plan({ region, ...(sourceCategory ? { sourceCategory } : {}) });
    const regulators = ids(tasks).filter((id) => /^(cn-123|us-(ftc|cfpb|fcc)|uk-(ico|fos)|other-regulator)/.test(id));
    expect(regulators).toEqual(expected);
  });
});

describe('buildPlan: lock-down order', () => {
  const accounts = [
    account('forum', { label: 'Forum' }),
    account('bank', { label: 'Bank', category: 'banking', tier: 'critical' }),
    account('wallet', { label: 'Wallet', category: 'payment', tier: 'important' }),
    account('shop', { label: 'Shop', category: 'shopping', sharedPassword: true }),
    account('mail', { label: 'Mail', siteId: 'mail', category: 'email', tier: 'critical' }),
  ];
  const lockedAccounts = (tasks: PlanTask[]) => [...new Set(tasks.filter((t) => t.accountStep).map((t) => t.accountStep!.accountId))];

  it('puts email first, then the accounts sharing the leaked password, then money, then the rest', () => {
    const tasks = plan({ leaked: ['password'], passwordReused: true, accountIds: ['forum', 'bank', 'wallet', 'mail'] }, accounts);
    expect(lockedAccounts(tasks)).toEqual(['mail', 'shop', 'bank', 'wallet', 'forum']);
    expect(tasks[0]!.accountStep).toEqual({ accountId: 'mail', stepId: 'password' });
    expect(ids(tasks)).not.toContain('secure-email');
  });

  it('adds accounts that share the password only when the leaked password was reused', () => {
    expect(lockedAccounts(plan({ leaked: ['password'], passwordReused: false, accountIds: ['bank'] }, accounts))).toEqual(['bank']);
    expect(lockedAccounts(plan({ leaked: ['email'], passwordReused: true, accountIds: ['bank'] }, accounts))).toEqual(['bank']);
    expect(lockedAccounts(plan({ leaked: ['password'], passwordReused: true, accountIds: ['bank'] }, accounts))).toEqual(['shop', 'bank']);
  });

  it('puts every account step in the lock-down phase, before all other phases', () => {
    const tasks = plan({ leaked: [...LEAKED_DATA], passwordReused: true, accountIds: ['bank', 'mail'] }, accounts);
    const phases = tasks.map((task) => task.phase);
    const order = ['lock-down', 'data', 'procedure', 'follow-up'];
    expect(phases).toEqual([...phases].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(tasks.filter((t) => t.accountStep).every((t) => t.phase === 'lock-down')).toBe(true);
  });

  it("mirrors each account step, with the step's own text, link and a reason for the account", () => {
    const tasks = plan({ leaked: ['password'], accountIds: ['mail', 'bank'] }, accounts);
    const mailPassword = tasks.find((t) => t.id === 'lock.mail.password')!;
    expect(mailPassword).toMatchObject({
      accountStep: { accountId: 'mail', stepId: 'password' },
      url: 'https://mail.example/password',
      urgent: true,
      title: { key: 'plan.lock.title', vars: { account: 'Mail' } },
      why: { key: 'plan.lock.reason.email' },
      stepText: { title: { en: 'Step password', zh_CN: '步骤 password' } },
    });
    expect(tasks.find((t) => t.id === 'lock.bank.change-password')?.why?.key).toBe('plan.lock.reason.money');
  });

  it('starts with the mailbox even when no email account is listed, and ends the lock-down with the reused password', () => {
    const tasks = plan({ leaked: ['password'], accountIds: ['bank'] }, accounts);
    const lock = ids(tasks.filter((t) => t.phase === 'lock-down'));
    expect(lock[0]).toBe('secure-email');
    expect(lock.at(-1)).toBe('password-everywhere');
  });

  it('skips accounts that no longer exist', () => {
    expect(lockedAccounts(plan({ leaked: ['email'], accountIds: ['gone', 'bank'] }, accounts))).toEqual(['bank']);
  });
});

describe('buildPlan: due times, urgency and follow-ups', () => {
  const accounts = [account('mail', { siteId: 'mail', category: 'email' })];
  const tasks = plan({ leaked: ['bank-card', 'id-number', 'phone'], accountIds: ['mail'], region: 'us' }, accounts);
  const find = (id: string) => tasks.find((task) => task.id === id)!;

  it.each([
    ['lock.mail.password', 4 * HOUR, true],
    ['lock.mail.forwarding', 12 * HOUR, false],
    ['lock.mail.alerts', 24 * HOUR, false],
    ['card-call-bank', 2 * HOUR, true],
    ['card-transactions', DAY, true],
    ['phone-carrier', 4 * HOUR, true],
    ['sim-swap', 4 * HOUR, true],
    ['us-freeze-equifax', DAY, true],
    ['keep-evidence', 12 * HOUR, false],
    ['close-account', 7 * DAY, false],
    ['us-irs-ip-pin', 7 * DAY, false],
    ['recheck-recovery', 7 * DAY, false],
    ['warn-family', DAY, false],
    ['complain-provider', 3 * DAY, false],
    ['consult-lawyer', 14 * DAY, false],
    ['statements-1', 30 * DAY, false],
    ['statements-2', 60 * DAY, false],
    ['statements-3', 90 * DAY, false],
    ['credit-again', 30 * DAY, false],
    ['us-fraud-alert-renew', 350 * DAY, false],
  ])('%s is due %d ms after discovery (urgent: %s)', (id, offset, urgent) => {
    expect(find(id).dueAt - NOW).toBe(offset);
    expect(find(id).urgent).toBe(urgent);
  });

  it('lock-down is due within hours, the police within days', () => {
    for (const task of tasks.filter((t) => t.phase === 'lock-down')) expect(task.dueAt - NOW).toBeLessThanOrEqual(DAY);
    const police = plan({ leaked: ['email'], region: 'cn' }).find((t) => t.id === 'police')!;
    expect(police.dueAt - NOW).toBe(3 * DAY);
    expect(police.urgent).toBe(false);
  });

  it.each(REGIONS)('in %s the police report is urgent, within a day, once money is at stake', (region) => {
    for (const extra of [{ leaked: ['bank-card'] as LeakedData[] }, { leaked: ['email'] as LeakedData[], losses: '¥3,000 taken' }]) {
      const first = plan({ ...extra, region }).find((t) => t.id === (region === 'us' ? 'identitytheft-gov' : 'police'))!;
      expect(first.dueAt - NOW).toBe(DAY);
      expect(first.urgent).toBe(true);
    }
  });

  it('repeats the statement check monthly for three months', () => {
    expect(tasks.filter((t) => t.repeat).map((t) => [t.id, t.repeat, t.title.vars])).toEqual([
      ['statements-1', { index: 1, of: 3 }, { index: 1, of: 3 }],
      ['statements-2', { index: 2, of: 3 }, { index: 2, of: 3 }],
      ['statements-3', { index: 3, of: 3 }, { index: 3, of: 3 }],
    ]);
    const later = tasks.filter((t) => t.phase === 'follow-up' && t.id !== 'recheck-recovery');
    expect(later.every((t) => t.dueAt - NOW >= 30 * DAY)).toBe(true);
  });

  it('checks statements when a money account is affected, even if no card data leaked', () => {
    const bank = [account('bank', { category: 'banking' })];
    expect(ids(plan({ leaked: ['password'], accountIds: ['bank'] }, bank))).toEqual(expect.arrayContaining(STATEMENTS));
    expect(ids(plan({ leaked: ['password'] }, bank))).not.toContain('statements-1');
  });

  it('counts due times from the discovery, not from when the leak happened', () => {
    const late = plan({ leaked: ['bank-card'], leakedAt: NOW - 40 * DAY });
    expect(late.find((t) => t.id === 'card-call-bank')!.dueAt).toBe(NOW + 2 * HOUR);
  });
});

describe('buildPlan is pure', () => {
  it('gives the same plan for the same input and changes nothing it is given', () => {
    const accounts = [account('mail', { siteId: 'mail', category: 'email' })];
    const input = incident({ leaked: [...LEAKED_DATA], accountIds: ['mail'] });
    const state = stateWith({ accounts });
    const frozen = JSON.stringify([input, state]);
    expect(buildPlan(input, state, catalogue)).toEqual(buildPlan(input, state, catalogue));
    expect(JSON.stringify([input, state])).toBe(frozen);
  });
});
