// For tests that need a tab showing a real site's address: a local HTTPS server answers for every host name
// (Chromium maps them all to it), and the extension can be given the "tabs" permission the user would grant.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, extensionDir, launchWithExtension, test as base } from './fixtures';
import { connectToolbar, type Toolbar } from './toolbar';

async function startFixtureServer(): Promise<{ server: Server; port: number; requests: string[] }> {
  const pems = await generate([{ name: 'commonName', value: 'fixture' }], { keySize: 2048 });
  const requests: string[] = [];
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const url = `https://${req.headers.host}${req.url}`;
    requests.push(url);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>Fixture</title><main><h1>Fixture page</h1><p id="address">${url.replace(/[<>&"]/g, '')}</p></main></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

/** A copy of the built extension whose manifest has the optional "tabs" permission already granted. */
function extensionWithTabs(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'afterleak-tabs-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.permissions = [...manifest.permissions, 'tabs'];
  manifest.optional_permissions = [];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

interface SiteFixtures {
  fixtureServer: { port: number; requests: string[] };
  grantTabs: boolean;
  profileDir: string;
  /** The extension's toolbar button (see toolbar.ts). */
  toolbar: Toolbar;
}

export const test = base.extend<SiteFixtures>({
  grantTabs: [true, { option: true }],
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'afterleak-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  toolbar: async ({ profileDir, extensionId }, use) => {
    const { toolbar, browser } = await connectToolbar(profileDir, extensionId);
    await use(toolbar);
    await browser.disconnect();
  },
  fixtureServer: async ({}, use) => {
    const { server, port, requests } = await startFixtureServer();
    await use({ port, requests });
    server.close();
  },
  context: async ({ fixtureServer, grantTabs, profileDir }, use) => {
    // The copy with "tabs" granted is this test's own: removed after the browser closes.
    const dir = grantTabs ? extensionWithTabs() : extensionDir;
    const context = await launchWithExtension(
      dir,
      [
        `--host-resolver-rules=MAP * 127.0.0.1:${fixtureServer.port}`,
        '--ignore-certificate-errors',
        // Lets toolbar.ts reach the browser's DevTools endpoint; the port is written into the profile.
        '--remote-debugging-port=0',
      ],
      profileDir,
    );
    await use(context);
    await context.close();
    if (dir !== extensionDir) rmSync(dir, { recursive: true, force: true });
  },
});

/** A new tab at this address, once the fixture server's page shows in it. */
export async function openSite(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Fixture page' })).toBeVisible();
  return page;
}

/** The toolbar badge on the tab showing this address or pattern (needs the "tabs" permission, granted by default here). */
export function badgeOn(worker: Worker, url: string): Promise<string> {
  return worker.evaluate(async (pattern) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab ? chrome.action.getBadgeText({ tabId: tab.id! }) : 'no tab';
  }, url);
}

export { expect, expectAccessible, readStorage, addToStorage, accountRecord, storedRecords } from './fixtures';
