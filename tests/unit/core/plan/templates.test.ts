// The complaint letter and the family message are filled with the incident's details in the user's language;
// the police checklist follows what leaked.
import { describe, expect, it } from 'vitest';
import { complaintLetter, familyMessage, leakedList, policeChecklist, type TextTools } from '@/core/plan/templates';
import { formatMessage, type Messages } from '@/core/i18n-format';
import { chinese, english } from '../../setup';
import { NOW, incident } from './fixtures';

const toolsFor = (dict: Messages, lang: 'en' | 'zh-CN'): TextTools => ({
  t: (key, vars) => formatMessage(dict, english, key, undefined, vars ?? {}),
  date: (ms) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(ms),
  list: (items) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items),
});
const en = toolsFor(english, 'en');
const zh = toolsFor(chinese, 'zh-CN');
const leak = incident({ source: 'ShopCo', leaked: ['phone', 'id-number', 'address'], discoveredAt: Date.UTC(2026, 2, 3, 9), region: 'cn' });

describe('complaint letter', () => {
  it('names the source, the date, how the user learned and what leaked', () => {
    const letter = complaintLetter(leak, en, NOW);
    expect(letter).toContain('To ShopCo,');
    expect(letter).toContain('On March 3, 2026 I learned from your breach notice that');
    expect(letter).toContain('my phone number, my ID number, and my home address');
  });

  it('cites PIPL arts. 44-50, 57 and 69 in China, in Chinese', () => {
    const letter = complaintLetter(leak, zh, NOW);
    expect(letter).toContain('ShopCo：');
    expect(letter).toContain('手机号、身份证号和家庭住址');
    for (const part of ['第四十四条至第五十条', '第五十七条', '第六十九条']) expect(letter).toContain(part);
  });

  it.each([
    ['uk', /UK GDPR/, /Personal Information Protection Law/],
    ['us', /reserve all my rights/, /UK GDPR|Personal Information Protection Law/],
    ['other', /reserve all my rights/, /UK GDPR|Personal Information Protection Law/],
  ] as const)('uses wording that fits %s', (region, present, absent) => {
    const letter = complaintLetter({ ...leak, region }, en, NOW);
    expect(letter).toMatch(present);
    expect(letter).not.toMatch(absent);
  });

  it('mentions when the leak happened only when it is known, and dates the signature', () => {
    expect(complaintLetter(leak, en, NOW)).not.toContain('on or around');
    const known = complaintLetter({ ...leak, leakedAt: Date.UTC(2026, 1, 20) }, en, Date.UTC(2026, 2, 4));
    expect(known).toContain('on or around February 20, 2026');
    expect(known).toMatch(/Date: March 4, 2026$/);
  });

  it.each([
    ['en', en, /\nName: \[your full name\]\nContact: \[your phone number or email\]\nDate: /],
    ['zh_CN', zh, /\n投诉人：【姓名】\n联系方式：【电话或邮箱】\n日期：/],
  ] as const)('ends with the name and contact to fill in, in brackets, not blank lines (%s)', (_lang, tools, ending) => {
    const letter = complaintLetter(leak, tools, NOW);
    expect(letter).toMatch(ending);
    expect(letter).not.toMatch(/_{3,}/);
  });
});

describe('family message', () => {
  it('lists what leaked and tells people to call before acting', () => {
    expect(familyMessage(leak, en)).toMatch(
      /^Heads-up: some of my personal information \(my phone number, my ID number, and my home address\)/,
    );
    expect(familyMessage(leak, zh)).toContain('请先打我平时用的电话跟我本人确认');
  });

  it('warns that a scammer may write like the user when chats leaked', () => {
    expect(familyMessage({ ...leak, leaked: ['chats'] }, en)).toContain('may know how I write');
    expect(familyMessage(leak, en)).not.toContain('may know how I write');
  });
});

describe('leakedList', () => {
  it('follows the form order, whatever order was stored', () => {
    expect(leakedList({ ...leak, leaked: ['address', 'password'] }, en)).toBe('a password and my home address');
  });
});

describe('police checklist', () => {
  const base = ['plan.police.bring.id', 'plan.police.bring.report', 'plan.police.bring.whatLeaked', 'plan.police.bring.evidence'];
  it.each([
    [{ leaked: ['email'], howLearned: 'other' }, []],
    [{ leaked: ['email'], howLearned: 'breach-notice' }, ['notice']],
    [{ leaked: ['phone'], howLearned: 'other' }, ['phone']],
    [{ leaked: ['email'], howLearned: 'scam-call' }, ['phone']],
    [{ leaked: ['bank-card'], howLearned: 'other' }, ['cards', 'transactions']],
    [{ leaked: ['email'], howLearned: 'other', losses: '¥500' }, ['transactions']],
    [{ leaked: ['password'], howLearned: 'other' }, ['accounts']],
    [{ leaked: ['id-number'], howLearned: 'other' }, ['credit']],
    [{ leaked: ['credit'], howLearned: 'other' }, ['cards', 'credit']],
  ] as const)('%j: the usual items plus %j', (extra, items) => {
    expect(policeChecklist(incident({ ...extra, leaked: [...extra.leaked] }))).toEqual([
      ...base,
      ...items.map((item) => `plan.police.bring.${item}`),
    ]);
  });
});
