// Which scams to expect after a leak, and which one a suspicious call or message most looks like. Pure:
// the entries (data/scams/*.json) are passed in.
import type { LeakedData, Region } from '../model';

type EvidenceKind = 'call' | 'sms' | 'email' | 'chat' | 'transaction' | 'web-page' | 'other';

export interface LocalText {
  en: string;
  zh_CN: string;
}

export interface ScamEntry {
  id: string;
  region: Region;
  /** What the scammer already knows from a leak and uses to sound real. */
  uses: LeakedData[];
  /** When all of these leaked, this scam comes first (an ID number and a phone: fake police, loan cancelling). */
  leadsWhen?: LeakedData[];
  /** How it reaches people. */
  comesBy: EvidenceKind[];
  title: LocalText;
  starts: LocalText;
  tell: LocalText;
  now: LocalText;
  report: LocalText;
  url?: string;
  sources: { url: string; checked: string; note?: string }[];
}

const leads = (entry: ScamEntry, data: readonly LeakedData[]) =>
  !!entry.leadsWhen?.length && entry.leadsWhen.every((d) => data.includes(d));
const overlap = (entry: ScamEntry, data: readonly LeakedData[]) => entry.uses.filter((d) => data.includes(d)).length;

/** The region's scams that use what leaked: the ones it leads with first, then by how much they can use. */
export function expectedScams(leaked: readonly LeakedData[], region: Region, entries: readonly ScamEntry[]): ScamEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, leads: leads(entry, leaked), overlap: overlap(entry, leaked) }))
    .filter((item) => item.entry.region === region && item.overlap > 0)
    .sort((a, b) => Number(b.leads) - Number(a.leads) || b.overlap - a.overlap || a.index - b.index)
    .map((item) => item.entry);
}

/**
 * The entries a suspicious contact most looks like: same region, reached the user the way it came, using
 * what the caller knew. Best first; scams it could not be (another channel) come after.
 */
export function matchContact(
  kind: EvidenceKind,
  knewSaid: readonly LeakedData[],
  region: Region,
  entries: readonly ScamEntry[],
): ScamEntry[] {
  // Whoever calls or texts has the number: it counts as known even when the user did not tick it.
  const knew = kind === 'call' || kind === 'sms' ? [...new Set([...knewSaid, 'phone' as const])] : knewSaid;
  return (
    entries
      .map((entry, index) => ({
        entry,
        index,
        channel: entry.comesBy.includes(kind),
        leads: leads(entry, knewSaid),
        overlap: overlap(entry, knew),
      }))
      .filter((item) => item.entry.region === region)
      // Then the most specific: of two that use what the caller knew, the one that needs less besides (among
      // the scams a region leads with, the guide's own order).
      .sort(
        (a, b) =>
          Number(b.channel) - Number(a.channel) ||
          Number(b.leads) - Number(a.leads) ||
          b.overlap - a.overlap ||
          (a.leads && b.leads ? 0 : a.entry.uses.length - b.entry.uses.length) ||
          a.index - b.index,
      )
      .map((item) => item.entry)
  );
}
