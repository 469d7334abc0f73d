// Issue 13: the popup's cost does not grow with the number of accounts. At 500 accounts it reads storage once,
// parses each record once, loads no guide file (the step index has every title it shows), and marking a step
// done writes that one step's record.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fireEvent, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CURRENT_SCHEMA } from '@/core/migrations';
import { AccountSchema } from '@/core/model';
import { sites } from '@/data/catalogue';
import { fileLoads } from '@/data/guides';
import { mountApp } from '@/components/AppRoot';
import { App } from '@/entrypoints/popup/App';

vi.mock('@/lib/i18n', async (original) => ({
  ...(await original<typeof import('@/lib/i18n')>()),
  // The dictionaries are those the test setup installed (the language file is fetched in the browser).
  loadLanguage: async () => 'en',
}));

const ACCOUNTS = 500;

function seed(): Record<string, unknown> {
  const records: Record<string, unknown> = { schema: CURRENT_SCHEMA };
  for (let i = 0; i < ACCOUNTS; i++) {
    const site = sites()[i % sites().length]!;
    const id = `a${i}`;
    records[`account:${id}`] = {
      id,
      siteId: site.id,
      label: `${site.names.en} ${i}`,
      category: site.category,
      tier: 'important',
      sharedPassword: false,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
    };
    records[`step:${id}:${site.steps[0]!.id}`] = { status: 'done', at: 1_700_000_000_000 };
  }
  return records;
}

describe(`the popup at ${ACCOUNTS} accounts`, () => {
  it('reads storage once, parses each account once and loads no guide file', async () => {
    await fakeBrowser.storage.local.set(seed());
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    // Opened as a tab, with no other tab: no current site.
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const parses = vi.spyOn(AccountSchema, 'safeParse');
    const loadsBefore = fileLoads.length;
    const container = document.createElement('div');
    document.body.append(container);
    await act(() => mountApp(App, container));
    await screen.findByRole('heading', { name: 'Next steps' });

    expect(reads).toHaveBeenCalledTimes(1);
    expect(parses).toHaveBeenCalledTimes(ACCOUNTS);
    expect(fileLoads.length).toBe(loadsBefore);

    // Marking a step done writes that step's record, and nothing else.
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const [done] = await screen.findAllByRole('button', { name: /^Done: / });
    await act(async () => {
      fireEvent.click(done!);
    });
    await vi.waitFor(() => expect(writes).toHaveBeenCalledTimes(1));
    const written = writes.mock.calls[0]![0] as Record<string, unknown>;
    expect(Object.keys(written)).toHaveLength(1);
    expect(Object.keys(written)[0]).toMatch(/^step:a\d+:[a-z0-9-]+$/);
    expect(Object.values(written)[0]).toMatchObject({ status: 'done' });
    container.remove();
  });
});
