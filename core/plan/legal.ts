// The short legal-reference panel: the provisions that matter after a leak, per region. The texts are in
// the locale files under <key>.title and <key>.text; tests/unit/core/plan/legal.test.ts guards the facts the
// source article got wrong (the ranges of art. 253-1, and 法释〔2017〕10号 rather than 2020).
import type { Region } from '../model';
import { regionFile } from '../regions';

export interface LegalReference {
  title: string;
  text: string;
}

/** The region's references, in its own file's order (core/regions/<region>.ts). */
export function legalReferences(region: Region): LegalReference[] {
  return regionFile(region).legal.map((name) => ({
    title: `plan.legal.${region}.${name}.title`,
    text: `plan.legal.${region}.${name}.text`,
  }));
}
