// The legal panel states the facts correctly, including the two the source article got wrong: the ranges of
// Criminal Law art. 253-1 (serious: up to 3 years; especially serious: 3 to 7 years) and the interpretation's
// number (法释〔2017〕10号, not 2020).
import { describe, expect, it } from 'vitest';
import { legalReferences } from '@/core/plan/legal';
import { REGIONS } from '@/core/model';
import { chinese, english } from '../../setup';

const text = (dict: typeof english, key: string) => dict[key.replaceAll('.', '_')]?.message ?? '';
const panel = (dict: typeof english) => legalReferences('cn').map((ref) => `${text(dict, ref.title)}\n${text(dict, ref.text)}`);
const allPlanText = (dict: typeof english) =>
  Object.entries(dict)
    .filter(([key]) => key.startsWith('plan_') || key.startsWith('report_'))
    .map(([, { message }]) => message)
    .join('\n');

describe('legal references (China)', () => {
  it('cite PIPL arts. 44-50, 57, 69 and 70, the Civil Code, arts. 253-1 and 286-1, and the 2017 interpretation', () => {
    const zh = panel(chinese).join('\n');
    for (const part of [
      '第四十四条至第五十条',
      '第五十七条',
      '第六十九条',
      '第七十条',
      '《民法典》',
      '第二百五十三条之一',
      '第二百八十六条之一',
      '法释〔2017〕10号',
    ]) {
      expect(zh).toContain(part);
    }
    const en = panel(english).join('\n');
    for (const part of [
      'Personal Information Protection Law (PIPL), arts. 44–50',
      'PIPL art. 57',
      'PIPL art. 69',
      'PIPL art. 70',
      'art. 253-1',
      'art. 286-1',
      '法释〔2017〕10号',
    ]) {
      expect(en).toContain(part);
    }
  });

  it('give art. 253-1 its real ranges: serious up to three years, especially serious three to seven', () => {
    const zh = text(chinese, 'plan.legal.cn.criminal2531.text');
    expect(zh).toMatch(/情节严重的，处三年以下有期徒刑或者拘役/);
    expect(zh).toMatch(/情节特别严重的，处三年以上七年以下有期徒刑/);
    // The article's swap would put 3-7 years beside 情节严重.
    expect(zh).not.toMatch(/情节严重的，处三年以上七年以下/);
    const en = text(english, 'plan.legal.cn.criminal2531.text');
    expect(en).toMatch(/serious \(情节严重\), imprisonment of up to three years/);
    expect(en).toMatch(/especially serious \(情节特别严重\), imprisonment of three to seven years/);
  });

  it('number the judicial interpretation 〔2017〕10号 and never 2020', () => {
    for (const dict of [english, chinese]) {
      expect(text(dict, 'plan.legal.cn.interpretation2017.title')).toContain('法释〔2017〕10号');
      expect(allPlanText(dict)).not.toMatch(/〔2020〕|\[2020\]|2020/);
    }
  });

  it('give the thresholds of interpretation art. 5 and the tenfold rule', () => {
    const zh = text(chinese, 'plan.legal.cn.interpretation2017.text');
    for (const part of ['五十条以上', '五百条以上', '五千条以上', '五千元以上', '十倍以上']) expect(zh).toContain(part);
  });
});

describe('legal references in every region', () => {
  it.each(REGIONS)('%s has a panel with texts in both languages', (region) => {
    const refs = legalReferences(region);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) for (const dict of [english, chinese]) expect(text(dict, ref.text).length).toBeGreaterThan(20);
  });

  it('say that Report Fraud replaced Action Fraud in the UK', () => {
    expect(text(english, 'plan.legal.uk.reportFraud.text')).toMatch(/replaced Action Fraud on 4 December 2025/);
    expect(text(english, 'plan.task.policeUk.how')).toContain('0300 123 2040');
  });
});

describe('legal precision (China)', () => {
  it('PIPL art. 57 covers a leak that happened or may happen, with the para. 2 exemption unless the regulator requires notice', () => {
    const zh = text(chinese, 'plan.legal.cn.pipl57.text');
    expect(zh).toContain('发生或者可能发生');
    expect(zh).toMatch(/能够有效避免.*可以不通知个人.*有权要求/);
    const en = text(english, 'plan.legal.cn.pipl57.text');
    expect(en).toMatch(/has happened or may happen/);
    expect(en).toMatch(/Para\. 2: .*unless the authority .* requires it to notify/);
  });

  it('Civil Code art. 1037: correction on error, deletion on a breach of law or agreement; other deletion is PIPL art. 47', () => {
    const zh = text(chinese, 'plan.legal.cn.civilCode.text');
    expect(zh).toMatch(/有错误的，可以提出异议并请求更正/);
    expect(zh).toMatch(/违反法律、行政法规或者双方约定处理的，可以请求删除（第一千零三十七条）/);
    expect(zh).toContain('第四十七条');
    expect(legalReferences('cn').map((ref) => ref.title)).toContain('plan.legal.cn.pipl47.title');
    expect(text(english, 'plan.legal.cn.civilCode.text')).toMatch(
      /where it is wrong you may object and have it corrected; where the processor breaks the law or your agreement you may have it deleted \(art\. 1037\)/,
    );
  });
});
