// Compares each catalogue site with the public reference datasets in ../shared/reference/site-facts.json
// (2fa.directory's 2FA methods; Apple's password-manager-resources change-password URLs) and reports where the
// catalogue differs. A difference is fine when the site says why in a source note that names the field
// ("2FA" / "change-password") and says "newer" (a newer source) or "differs from reference" (with the reason).
// Exit code 1 when a difference is unexplained. Without the reference file (a clone on its own) it says so,
// checks nothing and exits 0, so that `npm run new-site ... && npm run check-sites` still goes on.
//   npm run check-sites
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDomain } from 'tldts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const referencePath = resolve(root, '../shared/reference/site-facts.json');
const sitesDir = join(root, 'data/sites');

if (!existsSync(referencePath)) {
  console.log(`Skipped: no reference data at ${referencePath}.`);
  console.log('It lives beside the repository (../shared/reference/site-facts.json); nothing was checked.');
  process.exit(0);
}

const reference = JSON.parse(readFileSync(referencePath, 'utf8'));
const sites = readdirSync(sitesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(sitesDir, name), 'utf8')));

/** Reference entries for a site: keys equal to one of its domains, else keys that are subdomains of them. */
function entriesFor(table, domains) {
  const exact = domains.filter((domain) => domain in table).map((key) => ({ key, value: table[key] }));
  if (exact.length) return exact;
  return Object.keys(table)
    .filter((key) => domains.includes(getDomain(key) ?? ''))
    .map((key) => ({ key, value: table[key] }));
}

/** Same page: scheme, host and path compared without case, query, fragment or trailing slash. */
function samePage(a, b) {
  const norm = (url) => {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
  };
  return norm(a) === norm(b);
}

const explained = (site, field) =>
  site.sources.some((source) => {
    const note = (source.note ?? '').toLowerCase();
    const mentions = field === 'twoFactor' ? /2fa|two-factor|2-step/.test(note) : /change-password/.test(note);
    return mentions && /newer|differs? from reference/.test(note);
  });

const sameSet = (a, b) => a.length === b.length && a.every((item) => b.includes(item));

function checkTwoFactor(site) {
  const found = entriesFor(reference.twoFactor, site.domains);
  const differing = found.filter(({ value }) => !sameSet(site.twoFactor, value.noTfa ? [] : value.tfa));
  // Group by the reference's answer so one difference is reported once, with the domains that carry it.
  const byAnswer = new Map();
  for (const { key, value } of differing) {
    const answer = value.noTfa ? '(no 2FA)' : [...value.tfa].sort().join(', ');
    byAnswer.set(answer, [...(byAnswer.get(answer) ?? []), key]);
  }
  return [...byAnswer].map(([answer, keys]) => ({
    field: 'twoFactor',
    text: `2FA: catalogue [${site.twoFactor.join(', ') || 'none'}], reference [${answer}] (${keys.join(', ')})`,
  }));
}

function checkChangePassword(site) {
  const found = entriesFor(reference.changePassword, site.domains);
  if (!found.length) return [];
  const ours = site.urls.changePassword;
  if (ours && found.some(({ value }) => samePage(ours, value))) return [];
  return [
    {
      field: 'changePassword',
      text: `change-password: catalogue ${ours ?? '(none)'}, reference ${found.map(({ key, value }) => `${value} (${key})`).join('; ')}`,
    },
  ];
}

let unexplained = 0;
let explainedCount = 0;
let withReference = 0;
for (const site of sites) {
  const hasReference = entriesFor(reference.twoFactor, site.domains).length + entriesFor(reference.changePassword, site.domains).length > 0;
  if (hasReference) withReference += 1;
  const differences = [...checkTwoFactor(site), ...checkChangePassword(site)];
  for (const difference of differences) {
    const ok = explained(site, difference.field);
    if (ok) explainedCount += 1;
    else unexplained += 1;
    console.log(`${ok ? 'sourced ' : 'DIFFERS '} ${site.id}: ${difference.text}`);
  }
}

console.log(
  `\n${sites.length} sites, ${withReference} with reference data: ${unexplained} unexplained difference(s), ` +
    `${explainedCount} explained in a source note.`,
);
process.exit(unexplained ? 1 : 0);
