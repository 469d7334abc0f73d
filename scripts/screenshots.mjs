// The README's screenshots, from the built extension, so that they stay true: popup, Overview, an account's
// guide, a leak's plan and its report, in English and Chinese, written to docs/screenshots/<page>-<lang>.png.
//   npm run build && npm run screenshots
// It builds nothing itself: it takes .output/chrome-mv3 (or $AFTERLEAK_OUT_DIR/chrome-mv3) as it is. Chinese
// needs a CJK font, which Debian's Chromium lacks: it installs fonts-noto-cjk when missing (apt-get update
// first; as root, or through sudo), the way scripts/setup.sh installs the browsers. Not part of `npm test`.
/* global chrome, document, HTMLElement -- used only inside callbacks that run in the browser */
import { extensionWorker, launchWithExtension } from './launch-chromium.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const extensionDir = path.resolve(root, process.env.AFTERLEAK_OUT_DIR ?? '.output', 'chrome-mv3');
const outDir = path.join(root, 'docs', 'screenshots');
const say = (text) => console.log(`screenshots: ${text}`);

function run(command, args) {
  const asRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = asRoot ? [command, ...args] : ['sudo', command, ...args];
  execFileSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function ensureCjkFont() {
  let installed = false;
  try {
    installed = execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    installed = false;
  }
  if (installed) return;
  say('installing fonts-noto-cjk (Chinese text would show as boxes without it)');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'fonts-noto-cjk']);
}

// --- A realistic person: a few key accounts, some steps done, and a leak being worked on. -----------------
const NOW = Date.now();
const DAY = 86_400_000;
const HOUR = 3_600_000;

function account(id, siteId, label, category, tier, extra = {}) {
  return { id, siteId, label, category, tier, sharedPassword: false, createdAt: NOW - 40 * DAY, updatedAt: NOW - 40 * DAY, ...extra };
}

/** The leak each person is working on: at a shop three days ago, learned of through a scam call five hours ago. */
function incident(source, leaked, { passwordReused, region, accountIds }) {
  return {
    id: 'shot-leak',
    discoveredAt: NOW - 5 * HOUR,
    leakedAt: NOW - 3 * DAY,
    source,
    sourceCategory: 'shopping',
    howLearned: 'scam-call',
    leaked,
    passwordReused,
    cardSecretsLeaked: false,
    region,
    accountIds,
    createdAt: NOW - 5 * HOUR,
    updatedAt: NOW - 5 * HOUR,
  };
}

/** The scam call about it, logged as evidence six hours ago (records() adds the incident and the times). */
const scamCall = (from, summary) => ({ id: 'shot-e1', kind: 'call', at: NOW - 6 * HOUR, from, summary });

const PEOPLE = {
  en: {
    region: 'us',
    accounts: [
      account('a-mail', 'google', 'Personal Gmail', 'email', 'critical'),
      account('a-apple', 'apple', 'Apple ID', 'other', 'critical'),
      account('a-paypal', 'paypal', 'PayPal', 'payment', 'critical', { sharedPassword: true }),
      account('a-amazon', 'amazon', 'Amazon', 'shopping', 'important'),
      account('a-fb', 'facebook', 'Facebook', 'social', 'other'),
    ],
    done: [
      ['a-mail', 'change-password', 2 * HOUR],
      ['a-mail', 'two-step', HOUR],
      ['a-apple', 'change-password', 30 * DAY],
    ],
    incident: incident('MegaShop', ['password', 'email', 'phone', 'bank-card'], {
      passwordReused: true,
      region: 'us',
      accountIds: ['a-mail', 'a-paypal'],
    }),
    tasks: { 'card-call-bank': { status: 'done', at: NOW - 4 * HOUR } },
    evidence: [scamCall('+1 555 0100', 'Caller knew my card number and asked me to "verify" a payment')],
    guide: 'a-mail',
  },
  zh_CN: {
    region: 'cn',
    accounts: [
      account('a-mail', 'qq-mail', 'QQ邮箱', 'email', 'critical'),
      account('a-wechat', 'wechat', '微信', 'social', 'critical'),
      account('a-alipay', 'alipay', '支付宝', 'payment', 'critical', { sharedPassword: true }),
      account('a-icbc', 'icbc', '工商银行', 'banking', 'critical'),
      account('a-jd', 'jd', '京东', 'shopping', 'important'),
      account('a-mobile', 'china-mobile', '中国移动', 'telecom', 'important'),
    ],
    done: [
      ['a-alipay', 'login-password', 2 * HOUR],
      ['a-wechat', 'password', 30 * DAY],
    ],
    incident: incident('某快递公司', ['phone', 'id-number', 'address', 'real-name'], {
      passwordReused: false,
      region: 'cn',
      accountIds: ['a-alipay', 'a-icbc'],
    }),
    tasks: { police: { status: 'done', at: NOW - 4 * HOUR } },
    evidence: [scamCall('+86 170 0000 0000', '对方自称客服，说出了我的姓名、身份证号和住址，让我“退款”')],
    guide: 'a-alipay',
  },
};

function records(lang) {
  const person = PEOPLE[lang];
  const values = {
    settings: {
      language: lang,
      region: person.region,
      sync: false,
      reminders: { enabled: true, time: '19:00', quietStart: '22:00', quietEnd: '08:00', dailyCap: 2, checkup: true },
    },
  };
  for (const one of person.accounts) values[`account:${one.id}`] = one;
  for (const [accountId, stepId, ago] of person.done) values[`step:${accountId}:${stepId}`] = { status: 'done', at: NOW - ago };
  values[`incident:${person.incident.id}`] = person.incident;
  for (const [taskId, state] of Object.entries(person.tasks)) values[`task:${person.incident.id}:${taskId}`] = state;
  for (const item of person.evidence) {
    values[`evidence:${item.id}`] = { ...item, incidentId: person.incident.id, fileName: '', createdAt: item.at, updatedAt: item.at };
  }
  return values;
}

async function shoot(lang) {
  const person = PEOPLE[lang];
  // The same launch as the end-to-end tests and the benchmark (scripts/launch-chromium.mjs), in the person's language.
  const context = await launchWithExtension(extensionDir, {
    lang: lang === 'zh_CN' ? 'zh-CN' : 'en-US',
    contextOptions: { locale: lang === 'zh_CN' ? 'zh-CN' : 'en-US', colorScheme: 'light' },
  });
  try {
    const { worker, extensionId: id } = await extensionWorker(context);
    // Whatever the first run opened (a welcome page) is closed; then the person's records go in.
    await worker.evaluate((values) => chrome.storage.local.set(values), records(lang));
    for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();

    const open = async (file, size) => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${id}/${file}`);
      await page.locator('#app > *').first().waitFor();
      // Let the site files and fonts settle.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      return page;
    };
    const save = async (page, name, options = {}) => {
      // No focus ring from a moved focus in the pictures.
      await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
      const file = path.join(outDir, `${name}-${lang}.png`);
      await page.screenshot({ path: file, ...options });
      say(`wrote ${path.relative(root, file)}`);
      await page.close();
    };

    const popup = await open('popup.html', { width: 380, height: 600 });
    await save(popup, 'popup');
    await save(await open('options.html#/overview', { width: 1200, height: 860 }), 'overview');
    await save(await open(`options.html#/accounts/${person.guide}`, { width: 1200, height: 1000 }), 'guide');
    await save(await open(`options.html#/leak/${person.incident.id}`, { width: 1200, height: 1100 }), 'plan');
    const guided = await open(`options.html#/leak/${person.incident.id}/guided`, { width: 1200, height: 860 });
    await guided.locator('#guided-step-title').waitFor();
    await save(guided, 'guided');
    await save(await open(`report.html#${person.incident.id}`, { width: 1000, height: 1300 }), 'report');
  } finally {
    await context.close();
  }
}

if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
  console.error(`screenshots: no built extension in ${path.relative(root, extensionDir)}: run \`npm run build\` first.`);
  process.exit(1);
}
ensureCjkFont();
mkdirSync(outDir, { recursive: true });
for (const lang of ['en', 'zh_CN']) await shoot(lang);
