// npm run bench: how big the built extension is, and how fast the core functions are on realistic data.
//   1. builds the Chrome extension into .output-bench (its own folder, so it never clobbers another build);
//   2. gzip sizes of the JavaScript each entry (page or background) loads when it opens, of every chunk, and of
//      the whole extension folder;
//   3. timings of the core functions (tests/bench/*.bench.ts, run by Vitest's bench mode through Vite).
// Numbers are reported, not judged: the only verdict is a warning when the popup's JavaScript grows past budget.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.output-bench';
const extension = join(root, OUT_DIR, 'chrome-mv3');
const timingsFile = join(root, OUT_DIR, 'bench.json');
/** The popup opens on every toolbar click; past this it starts to feel slow on a modest machine. */
const POPUP_BUDGET = 60_000;

function run(title, command, args) {
  console.log(`${title}…`);
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, AFTERLEAK_OUT_DIR: OUT_DIR },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    // Only a failure shows the tool's own (long) output.
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`${title} failed (${[command, ...args].join(' ')})`);
    process.exit(1);
  }
}

// ---------- sizes ----------

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const sizeCache = new Map();
function sizes(path) {
  if (!sizeCache.has(path)) {
    const bytes = readFileSync(path);
    sizeCache.set(path, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizeCache.get(path);
}

/** Relative module specifiers of a built chunk: static ones load with it, dynamic ones only when asked for. */
function importsOf(path) {
  const code = readFileSync(path, 'utf8');
  const found = (pattern) => [...code.matchAll(pattern)].map((match) => resolve(dirname(path), match[1]));
  return {
    static: found(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g),
    dynamic: found(/\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g),
  };
}

/** Every JS file an entry loads on opening: its script tags and module preloads, and their static imports. */
function openingClosure(starts) {
  const seen = new Set();
  const lazy = new Set();
  const queue = [...starts];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const { static: direct, dynamic } = importsOf(file);
    queue.push(...direct);
    dynamic.forEach((path) => lazy.add(path));
  }
  return { files: [...seen], lazy: [...lazy].filter((path) => !seen.has(path)) };
}

function entryStarts() {
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  const entries = readdirSync(extension)
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const html = readFileSync(join(extension, name), 'utf8');
      const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)];
      return { name: name.replace(/\.html$/, ''), own: join(extension, scripts[0]?.[1] ?? ''), starts: scripts.map((m) => join(extension, m[1])) };
    });
  const worker = manifest.background?.service_worker;
  if (worker) entries.push({ name: 'background', own: join(extension, worker), starts: [join(extension, worker)] });
  return entries;
}

function table(headers, rows) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  // Numbers line up on the right, words on the left.
  const numeric = headers.map((_, i) => rows.every((row) => /^([\d.,]+( kB)?|-)$/.test(String(row[i]))));
  const line = (cells) =>
    cells.map((cell, i) => (numeric[i] ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}

function reportSizes() {
  const entries = entryStarts().map((entry) => ({ ...entry, ...openingClosure(entry.starts) }));
  console.log('\nJavaScript each entry loads when it opens (gzip -9)');
  table(
    ['entry', 'own chunk', 'loaded on open', 'files', 'lazy'],
    entries.map((entry) => {
      const total = entry.files.reduce((sum, file) => sum + sizes(file).gzip, 0);
      const lazy = entry.lazy.reduce((sum, file) => sum + sizes(file).gzip, 0);
      return [entry.name, kB(sizes(entry.own).gzip), kB(total), entry.files.length, entry.lazy.length ? kB(lazy) : '-'];
    }),
  );

  const allFiles = filesUnder(extension).filter((file) => file !== timingsFile);
  const scripts = allFiles.filter((file) => file.endsWith('.js')).sort((a, b) => sizes(b).gzip - sizes(a).gzip);
  console.log('\nEvery JavaScript file');
  table(
    ['file', 'raw', 'gzip', 'used by'],
    scripts.map((file) => [
      relative(extension, file),
      kB(sizes(file).raw),
      kB(sizes(file).gzip),
      entries.filter((entry) => entry.files.includes(file) || entry.lazy.includes(file)).map((entry) => entry.name).join(', ') || '-',
    ]),
  );

  const raw = allFiles.reduce((sum, file) => sum + sizes(file).raw, 0);
  const gzip = allFiles.reduce((sum, file) => sum + sizes(file).gzip, 0);
  console.log(`\nWhole extension (${OUT_DIR}/chrome-mv3): ${allFiles.length} files, ${kB(raw)} raw, ${kB(gzip)} gzip (each file gzipped; about a store zip)`);

  const popup = entries.find((entry) => entry.name === 'popup');
  const popupGzip = popup ? popup.files.reduce((sum, file) => sum + sizes(file).gzip, 0) : 0;
  if (popupGzip > POPUP_BUDGET) {
    console.log(`WARNING: the popup loads ${kB(popupGzip)} of JavaScript (gzip), over its ${kB(POPUP_BUDGET)} budget. See docs/testing.md, Size.`);
  }
}

// ---------- timings ----------

const ms = (value) => (value >= 10 ? value.toFixed(1) : value >= 0.1 ? value.toFixed(2) : value.toFixed(4));

function reportTimings() {
  const report = JSON.parse(readFileSync(timingsFile, 'utf8'));
  const benchmarks = report.files.flatMap((file) => file.groups.flatMap((group) => group.benchmarks));
  console.log('\nCore functions (ms per call; median is the usual case, min the cost without interference)');
  table(
    ['function, data', 'median', 'min', 'p99', 'ops/s', 'samples'],
    benchmarks.map((b) => [b.name, ms(b.median), ms(b.min), ms(b.p99), Math.round(b.hz).toLocaleString('en'), b.sampleCount]),
  );
}

run(`Building the Chrome extension into ${OUT_DIR}`, 'npx', ['wxt', 'build']);
reportSizes();
console.log('');
run('Timing the core functions', 'npx', ['vitest', 'bench', '--run', '--config', 'vitest.bench.config.ts', '--outputJson', relative(root, timingsFile)]);
reportTimings();
