// Starts a new catalogue entry: writes data/sites/<id>.json from a template in canonical form.
//   npm run new-site <id> [domain] [-- --category email --region cn]
// Every "FILL-IN" must be replaced before the conventions test passes (tests/unit/data/catalogue-conventions.test.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The allowed values, read from the TypeScript sources so that this script cannot drift from them. */
function listFrom(file, pattern) {
  const match = readFileSync(join(root, file), 'utf8').match(pattern);
  if (!match) throw new Error(`Could not read the allowed values from ${file}`);
  return [...match[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
}
const CATEGORIES = listFrom('core/model.ts', /CATEGORIES = \[([\s\S]*?)\]/);
const REGIONS = listFrom('data/schema.ts', /regions: z\.array\(z\.enum\(\[([^\]]*)\]/);

function fail(message) {
  console.error(message);
  console.error('Usage: npm run new-site <id> [domain] -- [--category <category>] [--region <region>]');
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { category: { type: 'string', default: 'other' }, region: { type: 'string', default: 'global' } },
});
const [id, domain] = positionals;

if (!id) fail('Give the new site an id, e.g. npm run new-site example-bank');
if (!KEBAB.test(id)) fail(`"${id}" is not a valid id: use lower-case letters and digits joined by single hyphens (kebab-case).`);
if (domain !== undefined && !DOMAIN.test(domain)) fail(`"${domain}" is not a registrable domain such as example.com.`);
if (!CATEGORIES.includes(values.category)) fail(`Unknown category "${values.category}". One of: ${CATEGORIES.join(', ')}.`);
if (!REGIONS.includes(values.region)) fail(`Unknown region "${values.region}". One of: ${REGIONS.join(', ')}.`);

const file = join(root, 'data/sites', `${id}.json`);
if (existsSync(file)) fail(`data/sites/${id}.json already exists; edit it instead.`);

const FILL = 'FILL-IN';
const placeholderUrl = 'https://fill-in.invalid/';
const text = (en, zh) => ({ en: `${FILL}: ${en}`, zh_CN: `${FILL}：${zh}` });
const step = (stepId, kind, what, zh, risk) => ({
  id: stepId,
  kind,
  title: text(`title of the ${what} step`, `${zh}步骤的标题`),
  how: text("the menu path in the site's own words", '使用网站中文界面里的菜单名称'),
  why: text('why this step matters after a leak', '泄露后为什么要做这一步'),
  minutes: 3,
  risk,
  verified: false,
});

// Key order follows data/schema.ts, so the file is canonical from the start.
const site = {
  id,
  names: text('English name', '中文名称'),
  aliases: [],
  category: values.category,
  regions: [values.region],
  domains: [domain ?? 'fill-in.invalid'],
  twoFactor: [],
  urls: { home: placeholderUrl },
  steps: [
    step('change-password', 'password', 'password', '修改密码', 'high'),
    step('two-factor', 'two-factor', 'two-factor', '两步验证', 'high'),
    step('sessions', 'sessions', 'sessions', '退出其他设备', 'medium'),
    step('recovery', 'recovery', 'recovery', '核对找回方式', 'medium'),
  ],
  sources: [{ url: placeholderUrl, checked: new Date().toISOString().slice(0, 10), note: `${FILL}: what this source supports` }],
};

writeFileSync(file, JSON.stringify(site, null, 2) + '\n');
console.log(`Wrote data/sites/${id}.json. Now fill in:
  - names (en and zh_CN, the site's own Chinese name where it has one) and aliases people search for
  - domains: registrable domains only (mail.example.com -> example.com), sorted, none already in another file
  - twoFactor: 2fa.directory's vocabulary (sms, call, email, totp, u2f, custom-software, custom-hardware),
    in that order; [] when the site offers none
  - urls: home, and changePassword / security / sessions / twoFactorHelp / recovery where known (https only)
  - steps: 3-7 steps specific to this site, each with the menu path in the site's own words (both languages),
    why, minutes, risk, and verified: true only when the site's own help page confirms the path
  - sources: every page you used, with the date checked and a note of what it supports
Then run: npm run check-sites && npx vitest run tests/unit/data/catalogue-conventions.test.ts`);
