// The short legal-reference panel: the provisions that matter after a leak, per region. The texts are in
// the locale files under <key>.title and <key>.text; tests/unit/core/plan/legal.test.ts guards the facts the
// source article got wrong (the ranges of art. 253-1, and 法释〔2017〕10号 rather than 2020).
import type { Region } from '../model';

const CN = ['pipl44to50', 'pipl47', 'pipl57', 'pipl69', 'pipl70', 'civilCode', 'criminal2531', 'interpretation2017', 'criminal2861', 'antiFraud', 'creditRules'];
const US = ['identityTheft', 'creditFreeze', 'stateLaws'];
const UK = ['ukGdpr', 'ico', 'reportFraud'];
const OTHER = ['general'];

const BY_REGION: Record<Region, string[]> = { cn: CN, us: US, uk: UK, other: OTHER };

export interface LegalReference {
  title: string;
  text: string;
}

export function legalReferences(region: Region): LegalReference[] {
  return BY_REGION[region].map((name) => ({ title: `plan.legal.${region}.${name}.title`, text: `plan.legal.${region}.${name}.text` }));
}
