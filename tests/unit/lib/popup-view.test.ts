// The popup's ready-made view: made from the one priority, trusted only for the data it was made from.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EARLY_POPUP_READ, POPUP_VIEW_KEY, REVISION_KEY, type EarlyPopupRead } from '@/core/keys';
import { isCurrent, parsePopupView, POPUP_VIEW_ITEMS } from '@/core/popup-view';
import { nextItem, prioritize, type PlanSource } from '@/core/priority';
import { buildPlan, taskStatus } from '@/core/plan';
import { buildPopupView } from '@/lib/popup-view';
import { providePlan } from '@/lib/plan-code';
import { readCurrentPopupView, watchPopupView } from '@/lib/popup-start';
import { readRevision, savePopupView } from '@/lib/storage';
import { saveAccount } from '@/lib/storage-writes';
import { DAY, HOUR, NOW, account, catalogue, incident, stateWith } from '../core/plan/fixtures';

const source: PlanSource = { buildPlan, taskStatus, catalogue };
// As the background does on waking (entrypoints/background/plan.ts); the views load it while a leak is open.
providePlan({ buildPlan, taskStatus });

function viewOf(state: ReturnType<typeof stateWith>, now: number, revision = 'r1') {
  const items = prioritize(state, source, now);
  return { items, view: buildPopupView(state, now, { lang: 'en', revision, items, catalogue }) };
}

describe('buildPopupView', () => {
  it("leads with the priority's first item, and with an open leak names the leak, its progress and its next task", () => {
    const mail = account('m', { siteId: 'mail', category: 'email', tier: 'critical' });
    const state = stateWith({ accounts: [mail], incidents: [incident({ leaked: ['phone'], accountIds: ['m'] })] });
    const { items, view } = viewOf(state, NOW + HOUR);
    const lead = nextItem(items, NOW + HOUR)!;
    expect(view.leadId).toBe(lead.id);
    expect(view.leak).toMatchObject({ id: 'inc1', next: { id: lead.id } });
    expect(view.leak!.total).toBeGreaterThan(view.leak!.closed);
    expect(view.open.length).toBeLessThanOrEqual(POPUP_VIEW_ITEMS);
    expect(view.openCount).toBeGreaterThanOrEqual(view.open.length);
    // A lock-down task that mirrors the mail step shows no general "follow the guide" without the how lines.
    const mirrored = view.open.find((item) => item.stateRef.kind === 'step');
    expect(mirrored?.how).toBe('');
    // What it stores parses back unchanged.
    expect(parsePopupView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it('is trusted until the next time an item opens or falls due, and no longer', () => {
    const mail = account('m', { siteId: 'mail', category: 'email' });
    const state = stateWith({ accounts: [mail], incidents: [incident({ leaked: ['phone'], accountIds: [] })] });
    const now = NOW + HOUR;
    const { items, view } = viewOf(state, now);
    const changes = items.flatMap((item) => [item.openFrom, item.dueAt ?? 0]).filter((at) => at > now);
    expect(view.validUntil).toBe(Math.min(...changes, now + 6 * HOUR));
    expect(isCurrent(view, 'r1', view.validUntil - 1)).toBe(true);
    expect(isCurrent(view, 'r1', view.validUntil)).toBe(false);
    expect(isCurrent(view, 'r2', now)).toBe(false);
  });

  it('has no lead and no leak when nothing is open', () => {
    const { view } = viewOf(stateWith({}), NOW);
    expect(view).toMatchObject({ open: [], openCount: 0, accountCount: 0 });
    expect(view.leadId).toBeUndefined();
    expect(view.leak).toBeUndefined();
  });

  it('names the same lead as the priority for any state (property)', () => {
    const tiers = ['critical', 'important', 'other'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tiers), { maxLength: 6 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 5 * DAY }),
        (list, leak, later) => {
          const accounts = list.map((tier, i) => account(`a${i}`, { siteId: i % 2 ? 'mail' : undefined, category: 'email', tier }));
          const state = stateWith({ accounts, incidents: leak ? [incident({ leaked: ['phone'], accountIds: [] })] : [] });
          const now = NOW + later;
          const { items, view } = viewOf(state, now);
          expect(view.leadId).toBe(nextItem(items, now)?.id);
          if (view.leak?.next) expect(view.leak.next.id).toBe(view.leadId);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the card's how-to line", () => {
  it("is the step's own first line: the site's guide, else its category's generic one, else the 'other' one", () => {
    const lines = {
      sites: { mail: { password: 'Open Settings > Security > Password' } },
      generic: { shopping: { 'change-password': 'generic shopping line' }, other: { sessions: 'generic other line' } },
    };
    const mail = account('m', { siteId: 'mail', category: 'email', tier: 'critical' });
    const state = stateWith({ accounts: [mail] });
    const items = prioritize(state, source, NOW);
    const view = buildPopupView(state, NOW, { lang: 'en', revision: '', items, catalogue, howLines: lines });
    const first = view.open.find((item) => item.stateRef.kind === 'step' && item.stateRef.stepId === 'password');
    expect(first?.how).toBe('Open Settings > Security > Password');
    // Custom accounts: their category's generic lines, else the "other" guide's.
    const other = stateWith({ accounts: [account('s', { category: 'shopping' }), account('g', { category: 'games' })] });
    const customView = buildPopupView(other, NOW, {
      lang: 'en',
      revision: '',
      items: prioritize(other, source, NOW),
      catalogue,
      howLines: lines,
    });
    const howOf = (accountId: string, stepId: string) =>
      customView.open.find(
        (item) => item.stateRef.kind === 'step' && item.stateRef.accountId === accountId && item.stateRef.stepId === stepId,
      )?.how;
    expect(howOf('s', 'change-password')).toBe('generic shopping line');
    expect(howOf('g', 'sessions')).toBe('generic other line');
    expect(howOf('g', 'change-password')).toBe('');
  });
});

describe('the stored view', () => {
  it('is not used once the data changed through lib/storage, nor when it does not parse', async () => {
    const { view } = viewOf(stateWith({}), NOW, await readRevision());
    await savePopupView(view);
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    try {
      expect(await readCurrentPopupView(NOW)).toEqual(view);
      await saveAccount(account('a1'));
      expect(await readRevision()).not.toBe(view.revision);
      expect(await readCurrentPopupView(NOW)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    await fakeBrowser.storage.session.set({ [POPUP_VIEW_KEY]: { ...view, version: 0 }, [REVISION_KEY]: view.revision });
    expect(await readCurrentPopupView(NOW)).toBeUndefined();
    await fakeBrowser.storage.session.set({ [POPUP_VIEW_KEY]: { ...view, open: 'not a list' } });
    expect(await readCurrentPopupView(NOW)).toBeUndefined();
  });

  it('takes the read entrypoints/popup-read.ts started before the modules loaded, once; the next read is its own', async () => {
    const { view } = viewOf(stateWith({}), NOW, await readRevision());
    await savePopupView(view);
    const scope = globalThis as EarlyPopupRead;
    // What the early script left: a read made before the view went stale, which is the one to show.
    scope[EARLY_POPUP_READ] = fakeBrowser.storage.session.get([POPUP_VIEW_KEY, REVISION_KEY]);
    await fakeBrowser.storage.session.set({ [REVISION_KEY]: 'changed since' });
    expect(await readCurrentPopupView(NOW)).toEqual(view);
    expect(scope[EARLY_POPUP_READ]).toBeUndefined();
    expect(await readCurrentPopupView(NOW)).toBeUndefined();
  });

  it("keeps each item's state reference whole, and refuses one that lacks the ids its kind needs", () => {
    const mail = account('m', { siteId: 'mail', category: 'email' });
    const state = stateWith({ accounts: [mail], incidents: [incident({ leaked: ['phone'], accountIds: ['m'] })] });
    const { view } = viewOf(state, NOW + HOUR);
    const stored = JSON.parse(JSON.stringify(view));
    expect(parsePopupView(stored)).toEqual(view);
    expect(view.open.some((item) => item.stateRef.kind === 'task') && view.open.some((item) => item.stateRef.kind === 'step')).toBe(true);
    const step = stored.open.findIndex((item: { stateRef: { kind: string } }) => item.stateRef.kind === 'step');
    delete stored.open[step].stateRef.stepId;
    expect(parsePopupView(stored)).toBeUndefined();
  });

  it('tells the popup of each data change and of each new view, from the change itself', async () => {
    const { view } = viewOf(stateWith({}), NOW + HOUR, 'r1');
    const views: string[] = [];
    const changes: string[] = [];
    const stop = watchPopupView(
      (next) => views.push(next.revision),
      (revision) => changes.push(revision),
    );
    await saveAccount(account('a1')); // a new revision
    const revision = await readRevision();
    await vi.waitFor(() => expect(changes).toEqual([revision]));
    await savePopupView({ ...view, revision: 'r2', validUntil: Date.now() + HOUR });
    await vi.waitFor(() => expect(views).toEqual(['r2']));
    await savePopupView({ ...view, revision: 'r3', validUntil: Date.now() - 1 }); // already past: not shown
    await fakeBrowser.storage.session.set({ [POPUP_VIEW_KEY]: { ...view, open: 'not a list' } });
    stop();
    expect(views).toEqual(['r2']);
    expect(changes).toHaveLength(1);
  });

  it('gets a new revision before the data is written, so no view can be made from new data under the old one', async () => {
    const before = await readRevision();
    const seen: { revision: string; hasAccount: boolean }[] = [];
    const setLocal = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      seen.push({ revision: await readRevision(), hasAccount: 'account:a1' in items });
      return setLocal(items);
    });
    await saveAccount(account('a1'));
    expect(seen.find((write) => write.hasAccount)?.revision).not.toBe(before);
  });
});
