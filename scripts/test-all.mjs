#!/usr/bin/env node
// Runs every check and every test, then prints one line with the real totals: "N passed, N failed".
// Each check (typecheck, ESLint, Prettier's check, the two builds, the Firefox lint) counts as one test; Vitest, Playwright and the
// Firefox smoke test count their own test cases.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const results = { passed: 0, failed: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

// Browser profiles, copies of the extension and other temporary files of every step go into one folder of this
// run's own, removed at the end: a test that crashes before its own clean-up leaves nothing behind either.
const temporary = mkdtempSync(path.join(tmpdir(), 'afterleak-test-'));
const temporaryEnv = { TMPDIR: temporary, TMP: temporary, TEMP: temporary };

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...temporaryEnv, ...env } });
  return child.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  results[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(label);
  return ok;
}

const failedCases = [];

/** The terminal's colour codes (ESC [ ... m) in a runner's messages. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

/** The first line of each failure message, so the end of a long CI log names what broke. */
function firstLine(message = '') {
  return (
    String(message)
      .replace(COLOUR_CODES, '')
      .split('\n')
      .find((line) => line.trim()) ?? ''
  );
}

function countVitest(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'failed') failedCases.push(`${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
    if (suite.status === 'failed' && !(suite.assertionResults ?? []).length) failedCases.push(`${suite.name}: ${firstLine(suite.message)}`);
  }
  return { passed: report.numPassedTests, failed: report.numTotalTests - report.numPassedTests - report.numPendingTests };
}

function failedPlaywrightCases(suite, path = []) {
  const here = suite.title ? [...path, suite.title] : path;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected') continue;
      const error = test.results?.at(-1)?.error?.message;
      failedCases.push(`${[...here, spec.title].join(' › ')}: ${firstLine(error)}`);
    }
  }
  for (const child of suite.suites ?? []) failedPlaywrightCases(child, here);
}

function countPlaywright(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.suites ?? []) failedPlaywrightCases(suite);
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected };
}

function runner(label, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const ok = run(label, command, args);
  if (!existsSync(reportFile)) {
    results.failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const counted = count(reportFile);
  results.passed += counted.passed;
  results.failed += counted.failed;
  if (!ok || counted.failed > 0) failures.push(label);
}

const npx = 'npx';
check('typecheck', npx, ['tsc', '--noEmit']);
check('lint (ESLint: promises, layers)', npx, ['eslint', '.']);
check('formatting (Prettier)', npx, ['prettier', '--check', '.']);
runner(
  'unit tests',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  countVitest,
);
const built = check('build chrome-mv3', npx, ['wxt', 'build']);
const builtFirefox = check('build firefox-mv3', npx, ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (built) {
  runner('end-to-end tests (Chromium)', npx, ['playwright', 'test'], 'test-results/e2e.json', countPlaywright);
} else {
  results.failed += 1;
  failures.push('end-to-end tests (not run: the build failed)');
}
if (builtFirefox) {
  check('web-ext lint (Firefox build)', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3']);
  firefoxSmoke();
} else {
  results.failed += 1;
  failures.push('Firefox smoke test (not run: the build failed)');
}

/** The Firefox smoke test prints its own "N passed, N failed" line; count what it says. */
function firefoxSmoke() {
  console.log('\n=== Firefox smoke test: node scripts/firefox-smoke.mjs');
  const child = spawnSync('node', ['scripts/firefox-smoke.mjs'], { encoding: 'utf8', env: { ...process.env, ...temporaryEnv } });
  process.stdout.write(child.stdout ?? '');
  process.stderr.write(child.stderr ?? '');
  const totals = /^(\d+) passed, (\d+) failed$/m.exec(child.stdout ?? '');
  if (!totals) {
    results.failed += 1;
    failures.push('Firefox smoke test (no totals)');
    return;
  }
  results.passed += Number(totals[1]);
  results.failed += Number(totals[2]);
  if (child.status !== 0) failures.push('Firefox smoke test');
}

rmSync(temporary, { recursive: true, force: true });

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
for (const failed of failedCases) console.log(`  ✗ ${failed}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
