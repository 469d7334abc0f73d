// The catalogue every view and the background carry, in two parts (scripts/vite-site-index.ts):
// - the site index, in no language: enough to recognise and search sites and to order and count every
//   account's steps (SITES, always at hand);
// - the step text of one language: each step's title and page link, loaded with the user's language
//   (lib/i18n.ts loadLanguage, then setStepText), so a page never carries the other language's titles.
// The how-to and the rest of a site's file load when a guide opens (data/guides.ts). Nothing here touches
// the network.
import { generic as genericMeta, sites as siteMeta } from 'virtual:site-index';
import type { GenericEntry, SiteEntry, SiteMeta, StepMeta, StepSummary, StepTexts } from './schema';

export type TextLanguage = 'en' | 'zh_CN';

/** Every catalogue site: names, category, regions, domains, hosts and its steps' meta. */
export const SITES: readonly SiteMeta[] = siteMeta;

const withText = (steps: readonly StepMeta[], text: StepTexts['sites'][string] | undefined): StepSummary[] =>
  steps.map((step, index) => {
    const [title, url] = text?.[index] ?? ['', null];
    return url ? { ...step, title, url } : { ...step, title };
  });

let entries = new Map<string, SiteEntry>();
let genericEntries: readonly GenericEntry[] = [];
let loadedLanguage: TextLanguage | undefined;

/**
 * Takes the steps' titles and links in this language (lib/i18n.ts loads them beside the messages, from the
 * extension's own step-text/<lang>.json).
 */
export function setStepText(lang: TextLanguage, texts: StepTexts) {
  if (loadedLanguage === lang) return;
  entries = new Map(SITES.map((site) => [site.id, { ...site, steps: withText(site.steps, texts.sites[site.id]) }]));
  genericEntries = genericMeta.map((guide) => ({ ...guide, steps: withText(guide.steps, texts.generic[guide.category]) }));
  loadedLanguage = lang;
}

/** The language whose step text is in use, if any. */
export const stepTextLanguage = () => loadedLanguage;

/** A catalogue site's index entry with its steps' text (setStepText first; before it, titles are empty). */
export const siteById = (id: string | undefined): SiteEntry | undefined => {
  if (!id) return undefined;
  const entry = entries.get(id);
  if (entry) return entry;
  const meta = SITES.find((site) => site.id === id);
  return meta && { ...meta, steps: withText(meta.steps, undefined) };
};

/** The generic guides' entries, with their steps' text once loaded. */
export const genericSteps = (): readonly GenericEntry[] =>
  genericEntries.length ? genericEntries : genericMeta.map((guide) => ({ ...guide, steps: withText(guide.steps, undefined) }));

/** What core/guide.ts needs to list any account's steps. */
export const CATALOGUE = {
  siteById,
  get generic() {
    return genericSteps();
  },
};
