// Speed of the core functions on generated, realistic data. Measured and printed by `npm run bench`, never
// asserted: these numbers depend on the machine.
import { bench, describe } from 'vitest';
import { openSteps } from '@/core/guide';
import { buildPlan } from '@/core/plan';
import { searchSites, siteForUrl } from '@/core/sites';
import { parseState } from '@/core/state';
import { CATALOGUE, sites } from '@/data/catalogue';
import { searchableSites } from '@/data/site-search';
import { NOW, bigIncident, stateWithAccounts, storedRecords } from './data';

const RECORDS = 2000;
const raw = storedRecords(RECORDS);
const hundred = stateWithAccounts(100);
const incident = bigIncident(hundred);

// What people type into the add-account search: names in both languages, a domain, and a single letter
// (the slowest: nearly every site matches somewhere).
const QUERIES = ['gmail', '支付宝', 'icbc.com.cn', 'bank', 'a'];
// Addresses the popup and side panel see: catalogue sites, subdomains, unknown sites, and non-web pages.
const URLS = [
  'https://mail.google.com/mail/u/0/#inbox',
  'https://www.alipay.com/',
  'https://accounts.google.com/signin',
  'https://github.com/settings/security',
  'https://www.taobao.com/',
  'https://news.example.co.uk/story/1',
  'https://shop.example.com/cart',
  'chrome://extensions/',
  'about:blank',
  'https://192.168.1.1/',
];

// A result nobody reads would let a clever engine skip the work; keep one.
let sink = 0;
// Longer than the default half second: the machine is often busy with other work, and more samples steady
// the median.
const options = { time: 1500, warmupTime: 300 };

describe('core', () => {
  bench(
    `parseState: ${RECORDS} stored records`,
    () => {
      sink += parseState(raw).state.accounts.length;
    },
    options,
  );
  bench(
    `searchSites: ${QUERIES.length} queries over ${sites().length} sites`,
    () => {
      for (const query of QUERIES) sink += searchSites(query, searchableSites()).length;
    },
    options,
  );
  bench(
    `siteForUrl: ${URLS.length} addresses over ${sites().length} sites`,
    () => {
      for (const url of URLS) sink += siteForUrl(url, sites()) ? 1 : 0;
    },
    options,
  );
  bench(
    `openSteps: ${hundred.accounts.length} accounts`,
    () => {
      sink += openSteps(hundred, CATALOGUE, NOW).length;
    },
    options,
  );
  bench(
    `buildPlan: everything leaked, ${incident.accountIds.length} accounts`,
    () => {
      sink += buildPlan(incident, hundred, CATALOGUE).length;
    },
    options,
  );
});

export const consumed = () => sink;
