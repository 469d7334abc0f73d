// Reads one of the extension's own JSON files (messages, the catalogue's data files): packaged with the
// extension, so no request leaves the device. The one place the views and the background fetch anything.
import { browser } from 'wxt/browser';

type PackagedPath = Parameters<typeof browser.runtime.getURL>[0];

export async function readPackagedJson<T>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path as PackagedPath));
  return (await response.json()) as T;
}
