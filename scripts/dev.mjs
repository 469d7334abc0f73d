#!/usr/bin/env node
// `npm run dev` / `npm run dev:firefox`: WXT's dev server with the extension loaded into a browser it starts.
// Before starting, it checks the two things that otherwise end in a stack trace a few seconds later (ECONNRESET
// from Chromium, ECONNREFUSED from Firefox): a display for the browser window, and the browser itself. WXT and
// web-ext write the browser profile to the temporary folder; this run gets its own and removes it afterwards,
// also when the browser fails to start.
//   node scripts/dev.mjs [chrome|firefox]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const target = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const browserName = target === 'firefox' ? 'Firefox' : 'Chromium';
const envName = target === 'firefox' ? 'FIREFOX_PATH' : 'CHROMIUM_PATH';
// Debian's packages first, then Ubuntu's snaps, then other common names.
const candidates =
  target === 'firefox'
    ? ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox']
    : ['/usr/bin/chromium', '/snap/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const buildCommand = target === 'firefox' ? 'npm run build:firefox' : 'npm run build';
const buildFolder = target === 'firefox' ? '.output/firefox-mv3' : '.output/chrome-mv3';

function stop(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  const script = target === 'firefox' ? 'dev:firefox' : 'dev';
  stop([
    `npm run ${script} opens ${browserName} in a window, and this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).`,
    'Instead:',
    `  - build it with \`${buildCommand}\` and load the ${buildFolder} folder into a browser on a machine with a screen`,
    '    (README: "Load the built extension into your everyday browser"), or',
    onPath('xvfb-run')
      ? `  - run it on a virtual display: xvfb-run -a npm run ${script}`
      : `  - run it on a virtual display: install xvfb (${process.getuid?.() === 0 ? '' : 'sudo '}apt-get install -y xvfb), then xvfb-run -a npm run ${script}`,
    '  - the tests need no display: npm test',
  ]);
}

const browserPath = process.env[envName] || candidates.find((candidate) => existsSync(candidate));
if (!browserPath || !existsSync(browserPath)) {
  stop([
    process.env[envName]
      ? `${envName} is ${process.env[envName]}, and there is no such file.`
      : `${browserName} was not found (looked for ${candidates.join(', ')}).`,
    `Install it with \`sh scripts/setup.sh\`, or set ${envName} to the browser's path.`,
  ]);
}

const temporary = mkdtempSync(path.join(tmpdir(), 'afterleak-dev-'));
const cleanUp = () => rmSync(temporary, { recursive: true, force: true });
const wxtArgs = target === 'firefox' ? ['-b', 'firefox', '--mv3'] : [];
const child = spawn('npx', ['wxt', ...wxtArgs], {
  stdio: 'inherit',
  env: { ...process.env, [envName]: browserPath, TMPDIR: temporary, TMP: temporary, TEMP: temporary },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
