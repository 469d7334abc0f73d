// Both languages carry every string, and every key is one the browser's i18n accepts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readSource, sourceFiles } from './source';
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
  /** Words the term's keys must not use in its place (步骤 where a plan's 任务 is meant). */
  instead: string[];
  /** The word is this term's alone: no message but its keys (and `also`) uses it. */
  only: boolean;
  also: string[];
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
    instead: list(entry.instead),
    only: entry.only === 'yes',
    also: list(entry.also),
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

  it.each(glossary.filter((term) => term.instead.length))('says $use, not $instead, for $concept', (term) => {
    const dict = term.lang === 'en' ? english : chinese;
    const found = term.keys.flatMap((key) =>
      term.instead.filter((word) => messageOf(dict, key)?.includes(word)).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it.each(glossary.filter((term) => term.only))('keeps $use for $concept alone', (term) => {
    const dict = term.lang === 'en' ? english : chinese;
    const own = new Set([...term.keys, ...term.also].map((key) => key.replaceAll('.', '_')));
    const found = Object.entries(dict)
      .filter(([key, { message }]) => message.includes(term.use!) && !own.has(key))
      .map(([key, { message }]) => `${key}: ${message}`);
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

// Every message is used: a key no code names is dead text that still has to be translated and reviewed.
// A key counts as used when the product's source (components, entrypoints, lib, core, data, the manifest in
// wxt.config.ts and the pages' HTML) names it in quotes ('a.b.c'), or as __MSG_a_b__, or when it lies under one
// of the prefixes below, which the code builds at run time from a value (t(`category.${id}`)). Each prefix
// says where it is built; a prefix no code builds any more fails the test, so the list cannot rot.
const DYNAMIC_PREFIXES: Record<string, string> = {
  'category.': 'accounts/AccountForm, AccountRow, AddAccount, Suggestions; leak/AccountChoices, IncidentForm: t(`category.${id}`)',
  'tier.': 'accounts/AccountForm, AccountRow: t(`tier.${tier}`)',
  'risk.': 'guide/StepItem: t(`risk.${risk}`)',
  'safeKeeping.why.': 'StorageUnreadable: t(`safeKeeping.why.${why}`)',
  'backup.kind.': 'backup/ImportPreview',
  'backup.type.': 'backup/problemText',
  'backup.problem.': 'backup/problemText',
  'backup.sync.': 'backup/SyncSettings',
  'backup.replace': 'backup/ImportSection: t(`backup.${choice}`) and t(`backup.${choice}Help`), choice replace | merge',
  'backup.merge': 'backup/ImportSection (as above)',
  'emergency.action.': 'emergency/EmergencyCard: t(`emergency.action.${id}.title`), .how',
  'leak.region.': 'EmergencyCard, IncidentFacts, IncidentForm, RegionPicker',
  'leak.data.': 'IncidentFacts, LeakedChoices, TaskItem, ReportView, SuspiciousForm',
  'leak.dataInline.': 'core/plan/templates (dataInlineKey)',
  'leak.how.': 'IncidentFacts, IncidentForm',
  'leak.howInline.': 'core/plan/templates',
  'leak.form.errors.': 'leak/FormErrors, IncidentForm',
  'evidence.kind.': 'EvidenceBasics, EvidenceItem, ReportEvidence, ReportTimeline',
  'evidence.errors.': 'leak/EvidenceForm',
  'plan.phase.': 'leak/PlanView, guided/PlanGuided',
  'plan.task.': 'core/plan/task (toTask: <key>.title, .how, .why), core/regions (how<Region> keys)',
  'plan.lock.reason.': 'core/plan/lock-down',
  'plan.legal.': 'core/plan/legal',
  'reportTask.': 'core/plan/report-text (reportTaskRef)',
  'reportStep.': 'core/plan/report-text (reportTaskRef: an account step by its kind)',
  'recovery.factor.': 'recovery/RecoveryEditor',
  'guide.method.': 'core/two-factor-banner',
  'guide.twoFactorSecret.': 'core/two-factor-banner',
  'reminders.badge.': 'entrypoints/background/badge',
};

function dottedKeys(file: string): string[] {
  // The YAML's nesting, read by indentation: a plural's 0 / 1 / n forms belong to their parent key.
  const keys: string[] = [];
  const path: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^( *)["']?([A-Za-z0-9_@]+)["']?:(.*)$/.exec(line); // "on": YAML would read on as true
    if (!match) continue;
    const depth = match[1]!.length / 2;
    path.length = depth;
    if (/^(0|1|n)$/.test(match[2]!)) continue;
    path.push(match[2]!);
    if (match[3]!.trim()) keys.push(path.join('.'));
    else keys.push(`${path.join('.')}.`); // a parent: kept only when it turns out to be a plural
  }
  const parents = new Set(keys.filter((key) => key.endsWith('.')).map((key) => key.slice(0, -1)));
  const leaves = keys.filter((key) => !key.endsWith('.'));
  // A parent with no leaf below it is a plural message (its forms were skipped above).
  const plurals = [...parents].filter((parent) => !leaves.some((leaf) => leaf.startsWith(`${parent}.`)));
  return [...leaves, ...plurals];
}

function productSource(): string {
  const dirs = ['components', 'entrypoints', 'lib', 'core', 'data'];
  const files = [...dirs.flatMap((dir) => sourceFiles(dir)), 'wxt.config.ts'];
  const html = dirs.flatMap((dir) => htmlFiles(dir));
  return [...files.map(readSource), ...html.map((file) => readFileSync(file, 'utf8'))].join('\n');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

describe('every message is used', () => {
  const keys = dottedKeys('locales/en.yml');
  const source = productSource();
  const named = (key: string) =>
    source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`__MSG_${key.replaceAll('.', '_')}__`);
  const dynamic = (key: string) => Object.keys(DYNAMIC_PREFIXES).some((prefix) => key.startsWith(prefix));

  it('reads every key of en.yml (plurals as one)', () => {
    expect(keys.map((key) => key.replaceAll('.', '_')).sort()).toEqual(Object.keys(english).sort());
    expect(keys).toContain('report.evidenceOmitted');
  });

  it('has no key that no code names', () => {
    expect(keys.filter((key) => !named(key) && !dynamic(key))).toEqual([]);
  });

  it('lists only prefixes the code still builds at run time', () => {
    const built = (prefix: string) => {
      const head = prefix.endsWith('.') ? prefix : prefix.slice(0, prefix.lastIndexOf('.') + 1);
      return source.includes(`\`${head}\${`) || new RegExp(`\`${head.replaceAll('.', '\\.')}[A-Za-z]*\\$\\{`).test(source);
    };
    expect(Object.keys(DYNAMIC_PREFIXES).filter((prefix) => !built(prefix))).toEqual([]);
  });

  it('would find an unused key (the check can fail)', () => {
    expect(named('report.noSuchKey') || dynamic('report.noSuchKey')).toBe(false);
    expect(dynamic('category.email')).toBe(true);
  });
});
