// The scam guides: every entry complete in both languages, sourced and dated, and matched the way a leak
// plan and the suspicious-contact form need.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVIDENCE_KINDS, LEAKED_DATA, REGIONS } from '@/core/model';
import { SCAMS } from '@/core/scams/catalogue';
import { expectedScams, matchContact } from '@/core/scams/match';

const Text = z.strictObject({ en: z.string().trim().min(10), zh_CN: z.string().trim().min(4) });
const Entry = z.strictObject({
  id: z.string().regex(/^(cn|us|uk|other)-[a-z0-9-]+$/),
  region: z.enum(REGIONS),
  uses: z.array(z.enum(LEAKED_DATA)).min(1),
  leadsWhen: z.array(z.enum(LEAKED_DATA)).min(1).optional(),
  comesBy: z.array(z.enum(EVIDENCE_KINDS)).min(1),
  title: Text,
  starts: Text,
  tell: Text,
  now: Text,
  report: Text,
  url: z.url({ protocol: /^https$/ }).optional(),
  sources: z.array(z.strictObject({ url: z.url(), checked: z.iso.date(), note: z.string().optional() })).min(1),
});

describe('scam guides', () => {
  it('every entry fits the format, with its region in its id, once', () => {
    for (const entry of SCAMS) {
      expect(Entry.safeParse(entry).error?.issues ?? [], entry.id).toEqual([]);
      expect(entry.id.startsWith(`${entry.region}-`), entry.id).toBe(true);
    }
    expect(new Set(SCAMS.map((entry) => entry.id)).size).toBe(SCAMS.length);
  });

  it('covers the scams the issue names for each region', () => {
    const ids = SCAMS.map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'cn-shop-refund',
        'cn-police-impostor',
        'cn-loan-cancel',
        'cn-task-rebate',
        'cn-boss-impostor',
        'cn-courier-claim',
        'us-irs-impostor',
        'us-ssa-impostor',
        'us-bank-fraud-dept',
        'us-tech-support',
        'us-toll-delivery-text',
        'uk-bank-safe-account',
        'uk-hmrc',
        'uk-delivery-text',
      ]),
    );
  });

  it('Chinese text uses full-width punctuation, not ASCII commas or full stops', () => {
    for (const entry of SCAMS) {
      for (const field of ['title', 'starts', 'tell', 'now', 'report'] as const) {
        expect(entry[field].zh_CN, `${entry.id}.${field}`).not.toMatch(/[\u4e00-\u9fff][,.;:!?]|[,;:!?][\u4e00-\u9fff]/);
      }
    }
  });

  it('an ID number and a phone leaked in China: fake police and loan cancelling come first', () => {
    const ids = expectedScams(['id-number', 'phone'], 'cn', SCAMS).map((entry) => entry.id);
    expect(ids.slice(0, 2).sort()).toEqual(['cn-loan-cancel', 'cn-police-impostor']);
    expect(ids).toContain('cn-shop-refund');
    expect(expectedScams(['password'], 'cn', SCAMS)).toEqual([]);
    expect(expectedScams(['bank-card'], 'us', SCAMS)[0]!.id).toBe('us-bank-fraud-dept');
  });

  it('a text about a parcel matches the delivery scam; a call that knew the ID number and card, fake police', () => {
    expect(matchContact('sms', ['address'], 'uk', SCAMS)[0]!.id).toBe('uk-delivery-text');
    expect(matchContact('call', ['id-number', 'phone', 'bank-card'], 'cn', SCAMS)[0]!.id).toBe('cn-police-impostor');
    expect(matchContact('chat', ['real-name', 'chats'], 'cn', SCAMS)[0]!.id).toBe('cn-boss-impostor');
  });
});
