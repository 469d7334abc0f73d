// Types of scripts/launch-chromium.mjs, for the TypeScript end-to-end fixtures.
import type { BrowserContext, BrowserContextOptions, Worker } from '@playwright/test';

export declare const chromiumPath: () => string;
export declare function closeWelcome(context: BrowserContext): Promise<void>;
export interface LaunchOptions {
  extraArgs?: string[];
  profileDir?: string;
  keepWelcome?: boolean;
  lang?: string;
  contextOptions?: BrowserContextOptions;
}
export declare function launchWithExtension(dir: string, options?: LaunchOptions): Promise<BrowserContext>;
export declare function extensionWorker(context: BrowserContext): Promise<{ worker: Worker; extensionId: string }>;
