// The catalogue every view and the background carry, in two parts (scripts/vite-site-index.ts), both data
// files of the extension's own, read with the user's language before anything is drawn (lib/i18n.ts
// loadLanguage), so that no page parses them as code:
// - the site index, in no language: enough to recognise and search sites and to order and count every
//   account's steps (sites(), after setSiteIndex);
// - the step text of one language: each step's title and page link (setStepText), so a page never carries
//   the other language's titles.
// The how-to and the rest of a site's file load when a guide opens (data/guides.ts). Nothing here touches
// the network.
import type { GenericEntry, GenericMeta, SiteEntry, SiteMeta, StepMeta, StepSummary, StepTexts } from './schema';

export type TextLanguage = 'en' | 'zh_CN';

export interface SiteIndex {
  sites: readonly SiteMeta[];
  generic: readonly GenericMeta[];
}

let siteMeta: readonly SiteMeta[] = [];
let genericMeta: readonly GenericMeta[] = [];
let stepTexts: { lang: TextLanguage; texts: StepTexts } | undefined;

/** Every catalogue site: names, category, regions, domains, hosts and its steps' meta (empty until loaded). */
export const sites = (): readonly SiteMeta[] => siteMeta;

const withText = (steps: readonly StepMeta[], text: StepTexts['sites'][string] | undefined): StepSummary[] =>
  steps.map((step, index) => {
    const [title, url] = text?.[index] ?? ['', null];
    return url ? { ...step, title, url } : { ...step, title };
  });

let entries = new Map<string, SiteEntry>();
let genericEntries: readonly GenericEntry[] = [];

function joinText() {
  const texts = stepTexts?.texts;
  entries = new Map(siteMeta.map((site) => [site.id, { ...site, steps: withText(site.steps, texts?.sites[site.id]) }]));
  genericEntries = genericMeta.map((guide) => ({ ...guide, steps: withText(guide.steps, texts?.generic[guide.category]) }));
}

/** Takes the site index (the extension's own site-index.json; read once, it never changes while running). */
export function setSiteIndex(index: SiteIndex) {
  if (index.sites === siteMeta && index.generic === genericMeta) return;
  siteMeta = index.sites;
  genericMeta = index.generic;
  joinText();
}

/**
 * Takes the steps' titles and links in this language (lib/i18n.ts loads them beside the messages, from the
 * extension's own step-text/<lang>.json).
 */
export function setStepText(lang: TextLanguage, texts: StepTexts) {
  if (stepTexts?.lang === lang && stepTexts.texts === texts) return;
  stepTexts = { lang, texts };
  joinText();
}

/** The language whose step text is in use, if any. */
export const stepTextLanguage = () => stepTexts?.lang;

/** A catalogue site's index entry with its steps' text (setSiteIndex first; before setStepText, titles are empty). */
export const siteById = (id: string | undefined): SiteEntry | undefined => {
  if (!id) return undefined;
  return entries.get(id);
};

/** The generic guides' entries, with their steps' text once loaded. */
export const genericSteps = (): readonly GenericEntry[] => genericEntries;

/** What core/guide.ts needs to list any account's steps. */
export const CATALOGUE = {
  siteById,
  get generic() {
    return genericSteps();
  },
};
