// Every message key the plan, its templates and its legal panel use exists in both locale files, and the
// substitutions each task supplies fill every placeholder of its messages.
import { describe, expect, it } from 'vitest';
import { buildPlan, PHASES } from '@/core/plan';
import { legalReferences } from '@/core/plan/legal';
import { complaintLetter, familyMessage, policeAsks, policeChecklist, type TextTools } from '@/core/plan/templates';
import { camel } from '@/core/plan/task';
import { CATEGORIES, EVIDENCE_KINDS, HOW_LEARNED, LEAKED_DATA, REGIONS, type Incident } from '@/core/model';
import { formatMessage, type Messages } from '@/core/i18n-format';
import type { PlanTask } from '@/core/plan/types';
import { chinese, english } from '../../setup';
import { NOW, account, catalogue, incident, stateWith } from './fixtures';

const accounts = [
  account('mail', { siteId: 'mail', category: 'email' }),
  account('bank', { category: 'banking' }),
  account('x', { sharedPassword: true }),
];

/** Every incident shape that changes which tasks or texts the plan uses. */
function allIncidents(): Incident[] {
  const result: Incident[] = [];
  for (const region of REGIONS) {
    for (const sourceCategory of [undefined, ...CATEGORIES]) {
      for (const leaked of [...LEAKED_DATA.map((d) => [d]), [...LEAKED_DATA]]) {
        for (const flags of [{}, { cardSecretsLeaked: true, passwordReused: true, losses: '¥100', leakedAt: NOW - 1 }]) {
          result.push(incident({ region, leaked, accountIds: ['mail', 'bank'], ...(sourceCategory ? { sourceCategory } : {}), ...flags }));
        }
      }
    }
  }
  return result;
}

const INCIDENTS = allIncidents();
const PLANS = INCIDENTS.map((inc) => buildPlan(inc, stateWith({ accounts }), catalogue));

const messageRefs = (task: PlanTask) => [task.title, task.how, task.why].filter((ref) => ref !== undefined);

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const plan of PLANS) for (const task of plan) for (const ref of messageRefs(task)) keys.add(ref.key);
  for (const region of REGIONS) for (const ref of legalReferences(region)) keys.add(ref.title).add(ref.text);
  for (const inc of INCIDENTS) for (const key of [...policeChecklist(inc), ...policeAsks(inc)]) keys.add(key);
  keys.add('plan.police.ask.title');
  for (const phase of PHASES) keys.add(`plan.phase.${camel(phase)}`);
  for (const data of LEAKED_DATA) keys.add(`leak.data.${camel(data)}`).add(`leak.dataInline.${camel(data)}`);
  for (const how of HOW_LEARNED) keys.add(`leak.how.${camel(how)}`).add(`leak.howInline.${camel(how)}`);
  for (const region of REGIONS) keys.add(`leak.region.${region}`);
  for (const kind of EVIDENCE_KINDS) keys.add(`evidence.kind.${camel(kind)}`);
  return keys;
}

const id = (key: string) => key.replaceAll('.', '_');

describe('plan message keys', () => {
  const keys = [...usedKeys()];

  it('cover a large set of keys (the table above really ran)', () => {
    expect(keys.length).toBeGreaterThan(150);
  });

  it.each([
    ['en', english],
    ['zh_CN', chinese],
  ] as const)('all exist in %s', (_lang, dict: Messages) => {
    expect(keys.filter((key) => !dict[id(key)])).toEqual([]);
  });

  it.each([
    ['en', english],
    ['zh_CN', chinese],
  ] as const)('get every placeholder filled by the task in %s', (_lang, dict: Messages) => {
    const unfilled: string[] = [];
    for (const plan of PLANS) {
      for (const task of plan) {
        for (const ref of messageRefs(task)) {
          const text = formatMessage(dict, dict, ref.key, undefined, ref.vars ?? {});
          if (/\{[A-Za-z0-9_]+\}/.test(text)) unfilled.push(`${task.id}: ${ref.key}`);
        }
      }
    }
    expect([...new Set(unfilled)]).toEqual([]);
  });

  it.each([
    ['en', english],
    ['zh_CN', chinese],
  ] as const)('leave no placeholder in the templates in %s', (_lang, dict: Messages) => {
    const used: string[] = [];
    const tools: TextTools = {
      t: (key, vars) => {
        used.push(key);
        return formatMessage(dict, dict, key, undefined, vars ?? {});
      },
      date: (ms) => new Date(ms).toISOString().slice(0, 10),
      list: (items) => items.join(', '),
    };
    for (const inc of INCIDENTS.filter((_, i) => i % 7 === 0)) {
      for (const text of [complaintLetter(inc, tools, NOW), familyMessage(inc, tools)]) expect(text).not.toMatch(/\{[A-Za-z0-9_]+\}/);
    }
    expect(used.filter((key) => !dict[id(key)])).toEqual([]);
  });
});
