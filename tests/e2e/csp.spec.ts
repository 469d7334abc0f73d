// The content security policy of the extension pages, checked on what was built (both browsers' manifests)
// and in Chromium: the pages work under it (the language file loads, zod validates without generated code), and
// a script or a connection to anywhere else is refused by the browser itself.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, chooseChinese } from './fixtures';

const outDir = path.resolve(process.env.AFTERLEAK_OUT_DIR ?? '.output');
const DIRECTIVES = ["script-src 'self'", "object-src 'none'", "connect-src 'self'"];

/** The directives of a policy, by name: "script-src 'self'; object-src 'none'" -> {script-src: ["'self'"], ...}. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`${build}: the built manifest forbids scripts and connections from anywhere but the extension`, () => {
    const file = path.join(outDir, build, 'manifest.json');
    // Both builds run before the end-to-end tests (npm test); a missing one is a failure, not a skip.
    expect(existsSync(file), `${file} is missing: build both browsers first`).toBe(true);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_security_policy?: { extension_pages?: string } };
    const policy = manifest.content_security_policy?.extension_pages ?? '';
    const parsed = directives(policy);
    for (const directive of DIRECTIVES) {
      const [name, ...values] = directive.split(' ');
      expect(parsed[name!], `${build}: ${name}`).toEqual(values);
    }
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
}

test('pages work under the policy, and the browser refuses anything from elsewhere', async ({ openPage, worker, consoleErrors }) => {
  const manifest = (await worker.evaluate(() => chrome.runtime.getManifest())) as {
    content_security_policy?: { extension_pages?: string };
  };
  expect(directives(manifest.content_security_policy?.extension_pages ?? '')['connect-src']).toEqual(["'self'"]);
  // The extension's own language file is 'self': choosing Chinese loads it and the page switches.
  const options = await chooseChinese(openPage);
  const outcome = await options.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const own = await fetch(chrome.runtime.getURL('/_locales/zh_CN/messages.json')).then(
      (r) => r.ok,
      () => false,
    );
    const remote = await fetch('https://example.com/').then(
      () => 'fetched',
      () => 'refused',
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    const external = document.createElement('script');
    external.src = 'https://example.com/x.js';
    const loaded = await new Promise<string>((resolve) => {
      external.onload = () => resolve('loaded');
      external.onerror = () => resolve('refused');
      document.head.append(external);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { own, remote, inline: (window as { __inlineRan?: boolean }).__inlineRan === true, loaded, violations };
  });
  expect(outcome).toMatchObject({ own: true, remote: 'refused', inline: false, loaded: 'refused' });
  expect(outcome.violations).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
  // The refusals above are the browser reporting the policy at work; anything else would be a real error.
  expect(consoleErrors.filter((line) => !/Content Security Policy|example\.com|ERR_/.test(line))).toEqual([]);
});
