// A view follows storage: when the loads behind two changes finish out of order (a dictionary), the newer
// state must still be the one on screen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The next dictionary load takes a while (a language file being fetched) when `slowNext` is set.
let slowNext = false;
let loads = 0;
let slowLoadsDone = 0;
vi.mock('@/lib/i18n', async (original) => ({
  ...(await original<typeof import('@/lib/i18n')>()),
  // The dictionaries are those the test setup installed; what matters here is how long a load takes.
  loadLanguage: async () => {
    loads += 1;
    if (slowNext) {
      slowNext = false;
      await new Promise((resolve) => setTimeout(resolve, 80));
      slowLoadsDone += 1;
    }
    return 'en';
  },
}));

const { useAppState } = await import('@/lib/app-state');
const { mountApp } = await import('@/components/AppRoot');
const { saveAccount } = await import('@/lib/storage-writes');
const { CURRENT_SCHEMA } = await import('@/core/migrations');

const account = (id: string) => ({
  id,
  siteId: 'google',
  label: id,
  category: 'email' as const,
  tier: 'critical' as const,
  sharedPassword: false,
  createdAt: 1,
  updatedAt: 1,
});

function Accounts() {
  const state = useAppState();
  return <p data-testid="ids">{state.accounts.map((a) => a.id).join() || 'none'}</p>;
}

afterEach(() => {
  slowNext = false;
  loads = 0;
  slowLoadsDone = 0;
  document.body.innerHTML = '';
});

describe('a mounted view', () => {
  it('shows the newest state even when an older one finishes loading later', async () => {
    await fakeBrowser.storage.local.set({ schema: CURRENT_SCHEMA });
    const container = document.createElement('div');
    document.body.append(container);
    // act() runs the view's effects now, so it is watching storage before the first write.
    await act(() => mountApp(Accounts, container));
    expect(container.textContent).toBe('none');
    slowNext = true;
    const before = loads;
    await saveAccount(account('a1'));
    // The view has read the first change and is loading its dictionary when the second change comes.
    await vi.waitFor(() => expect(loads).toBe(before + 1));
    await saveAccount(account('a2'));
    await vi.waitFor(() => expect(container.textContent).toBe('a1,a2'));
    // Once the slow load is over (and its render, if any, has happened), the newer state is still shown.
    await vi.waitFor(() => expect(slowLoadsDone).toBe(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container.textContent).toBe('a1,a2');
  });
});
