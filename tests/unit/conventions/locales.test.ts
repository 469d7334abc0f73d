// Both languages carry every string, and every key is one the browser's i18n accepts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chinese, english } from '../setup';

describe('locale files', () => {
  it('have the same keys in en and zh_CN', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it('use only message names Chrome accepts ([A-Za-z0-9_])', () => {
    const bad = Object.keys(english).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key));
    expect(bad).toEqual([]);
  });

  it('have no empty messages and no positional $ substitutions', () => {
    for (const dict of [english, chinese]) {
      const bad = Object.entries(dict).filter(([, { message }]) => !message.trim() || /\$\d/.test(message));
      expect(bad.map(([key]) => key)).toEqual([]);
    }
  });

  it('use the same named substitutions in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(english).filter(
      (key) => chinese[key] && JSON.stringify(names(english[key]!.message)) !== JSON.stringify(names(chinese[key]!.message)),
    );
    expect(mismatched).toEqual([]);
  });
});

// The copy standard (issue 18): one word per concept, as the glossary says; no space between a placeholder
// and Chinese text ("把{name}加入", never "把 {name} 加入"); Chinese punctuation in Chinese text; one form of
// address.
interface Term {
  concept: string;
  use?: string;
  keys: string[];
  contains: boolean;
  avoid: string[];
  lang: 'zh_CN' | 'en';
}

/** locales/glossary/glossary.yml: a list of flat entries, parsed here (it is ours, and small). */
function readGlossary(): Term[] {
  const text = readFileSync('locales/glossary/glossary.yml', 'utf8');
  const entries: Record<string, string>[] = [];
  for (const line of text.split('\n')) {
    const match = /^(- | {2})([a-z]+): (.*)$/.exec(line);
    if (!match) continue;
    if (match[1] === '- ') entries.push({});
    entries.at(-1)![match[2]!] = match[3]!.trim();
  }
  const list = (value: string | undefined) =>
    value
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
  return entries.map((entry) => ({
    concept: entry.concept!,
    use: entry.use,
    keys: list(entry.keys),
    contains: entry.contains === 'yes',
    avoid: list(entry.avoid),
    lang: entry.lang === 'en' ? 'en' : 'zh_CN',
  }));
}

const glossary = readGlossary();
const messageOf = (dict: typeof chinese, key: string) => dict[key.replaceAll('.', '_')]?.message;
const CJK = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';

describe('the glossary and the copy standard', () => {
  it('is read, with the terms the copy relies on', () => {
    expect(glossary.length).toBeGreaterThan(5);
    expect(glossary.map((term) => term.use)).toEqual(expect.arrayContaining(['完成', '已完成', '推迟', '主页', '安全设置指南', '你']));
  });

  it.each(glossary.filter((term) => term.use && term.keys.length))('uses one word for $concept', (term) => {
    const dict = term.lang === 'en' ? english : chinese;
    for (const key of term.keys) {
      const message = messageOf(dict, key);
      expect(message, key).toBeDefined();
      if (term.contains) expect(message, key).toContain(term.use);
      else expect(message, key).toBe(term.use);
    }
  });

  it.each(glossary.filter((term) => term.avoid.length))('never says $avoid ($concept)', (term) => {
    const dict = term.lang === 'en' ? english : chinese;
    const found = Object.entries(dict).flatMap(([key, { message }]) =>
      term.avoid.filter((word) => message.includes(word)).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it('the button and the status are different words (已完成 is only ever the status)', () => {
    expect(messageOf(chinese, 'guide.markDone')).not.toBe(messageOf(chinese, 'status.done'));
  });

  it('puts no space between a placeholder and Chinese text', () => {
    const spaced = new RegExp(`${CJK} +\\{\\w+\\}|\\{\\w+\\} +${CJK}`);
    const bad = Object.entries(chinese)
      .filter(([, { message }]) => spaced.test(message))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(bad).toEqual([]);
    expect(spaced.test('把 {name} 加入')).toBe(true);
    expect(spaced.test('把{name}加入')).toBe(false);
  });

  it('uses full-width punctuation next to Chinese text', () => {
    const halfWidth = new RegExp(`${CJK}[,;:!?()]|[,;:!?()]${CJK}|${CJK}\\.(?!\\w)`);
    const bad = Object.entries(chinese)
      .filter(([, { message }]) => halfWidth.test(message))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(bad).toEqual([]);
    expect(halfWidth.test('注意:密码')).toBe(true);
    expect(halfWidth.test('注意：密码（可选）')).toBe(false);
  });

  it('finds what each check looks for (the checks can fail)', () => {
    const avoid = glossary.find((term) => term.avoid.includes('控制台'));
    expect(avoid && '打开控制台'.includes(avoid.avoid[0]!)).toBe(true);
  });
});
