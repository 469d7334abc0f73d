// The format of one catalogue file, data/sites/<id>.json, and of the generic guides in data/generic/.
// Checked at build time (scripts/vite-site-index.ts) and by tests/unit/data/catalogue-conventions.test.ts;
// the extension itself trusts the built files. This is classic zod: only build code and tests import its
// values; the extension imports its types only (`import type`), so none of it ships.
import { z } from 'zod';
import { CATEGORIES } from '../core/model';

z.config({ jitless: true });

export const Text = z.strictObject({ en: z.string().trim().min(1), zh_CN: z.string().trim().min(1) });
export type Text = z.infer<typeof Text>;

const https = z.url({ protocol: /^https$/, hostname: z.regexes.domain });
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const isoDate = z.iso.date();

// The vocabulary of 2fa.directory, so that entries can be checked against it.
export const TWO_FACTOR_METHODS = ['sms', 'call', 'email', 'totp', 'u2f', 'custom-software', 'custom-hardware'] as const;
export type TwoFactorMethod = (typeof TWO_FACTOR_METHODS)[number];

export const STEP_KINDS = [
  'password',
  'two-factor',
  'sessions',
  'recovery',
  'alerts',
  'forwarding',
  'app-passwords',
  'connected-apps',
  'payment-password',
  'password-free-payments',
  'auto-debit',
  'transfer-limits',
  'card-freeze',
  'device-lock',
  'account-freeze',
  'service-password',
  'other',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const SiteStep = z.strictObject({
  id: kebab,
  kind: z.enum(STEP_KINDS),
  title: Text,
  how: Text,
  why: Text,
  url: https.optional(),
  minutes: z.number().int().min(1).max(120),
  risk: z.enum(['high', 'medium', 'low']),
  /** false: the menu path comes from how-to pages only; the UI says "look for" and shows the date. */
  verified: z.boolean(),
});
export type SiteStep = z.infer<typeof SiteStep>;

export const Site = z.strictObject({
  id: kebab,
  names: Text,
  /** Other words people search for: product names, old names, pinyin. */
  aliases: z.array(z.string().min(1)).default([]),
  category: z.enum(CATEGORIES),
  regions: z.array(z.enum(['cn', 'global', 'us', 'uk'])).min(1),
  domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)).min(1),
  /**
   * Hosts under another site's registrable domain that are this site's (mail.qq.com is QQ Mail, qq.com is QQ):
   * the most specific claim wins (core/sites.ts).
   */
  hosts: z
    .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+){2,}$/))
    .min(1)
    .optional(),
  twoFactor: z.array(z.enum(TWO_FACTOR_METHODS)),
  /** With twoFactor []: no source says either way, so the UI must not claim the site offers none. */
  twoFactorUnknown: z.literal(true).optional(),
  /** The site's second step is a secret the user sets (a PIN or a second password), not a code sent to them:
   *  the banner says so rather than naming a method. */
  twoFactorSecret: z.enum(['pin', 'password']).optional(),
  urls: z.strictObject({
    home: https,
    changePassword: https.optional(),
    security: https.optional(),
    sessions: https.optional(),
    twoFactorHelp: https.optional(),
    recovery: https.optional(),
  }),
  /** Customer-service line for freezes and loss reports; shown with a warning to check it on the card or app. */
  hotline: z
    .string()
    .regex(/^[0-9+\- ]{3,20}$/)
    .optional(),
  steps: z.array(SiteStep).min(1),
  sources: z.array(z.strictObject({ url: https, checked: isoDate, note: z.string().optional() })).min(1),
});
export type Site = z.infer<typeof Site>;

/** What matching and search need of a site; always at hand, while the full file loads on demand. */
export type SiteSummary = Pick<Site, 'id' | 'names' | 'category' | 'regions' | 'domains' | 'hosts'>;

/** What the add-account search needs besides: the site's other names (data/site-search.ts). */
export type SearchableSite = SiteSummary & Pick<Site, 'aliases'>;

/** What ordering and counting need of a step, in no language (virtual:site-index). */
export type StepMeta = Pick<SiteStep, 'id' | 'kind' | 'minutes' | 'risk' | 'verified'>;

/**
 * What lists, counts and reminders need of a step: its meta, and its title and link from the step text of
 * the language loaded (data/catalogue.ts). A site's full file has the title in both languages; the index has
 * it in the current one only. The how-to and why load with the guide.
 */
export type StepSummary = StepMeta & { title: Text | string; url?: string };

/** A site in the index as every view carries it: its summary and its steps' meta. */
export interface SiteMeta extends SiteSummary {
  steps: StepMeta[];
}

/** A site in the index with its steps' text in the loaded language. */
export interface SiteEntry extends SiteSummary {
  steps: StepSummary[];
}

export const GenericGuide = z.strictObject({
  category: z.enum(CATEGORIES),
  steps: z.array(SiteStep).min(1),
});
export type GenericGuide = z.infer<typeof GenericGuide>;

/** A generic guide in the index: its steps' meta. */
export interface GenericMeta {
  category: GenericGuide['category'];
  steps: StepMeta[];
}

/** A generic guide in the index with its steps' text in the loaded language. */
export interface GenericEntry {
  category: GenericGuide['category'];
  steps: StepSummary[];
}

/** One language's first line of each step's how-to (virtual:step-how-<lang>): per site or category, by step id. */
export interface StepHowLines {
  sites: Record<string, Record<string, string>>;
  generic: Record<string, Record<string, string>>;
}

/** One language's step text (virtual:step-text-<lang>): per site or category, [title, link or null] per step. */
export interface StepTexts {
  sites: Record<string, [string, string | null][]>;
  generic: Record<string, [string, string | null][]>;
}
