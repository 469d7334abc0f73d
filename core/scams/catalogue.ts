// The scam guides per region (data/scams/<region>.json): what follows a leak, how to tell, what to do, where
// to report. Facts from official anti-fraud notices (or the press copies of them), each entry with its
// sources and the date they were checked; tests/unit/data/scams.test.ts checks the format and both languages.
import cn from '@/data/scams/cn.json';
import uk from '@/data/scams/uk.json';
import us from '@/data/scams/us.json';
import type { ScamEntry } from './match';

export const SCAMS: readonly ScamEntry[] = [...cn, ...us, ...uk] as ScamEntry[];
