// The popup paints its first screen with the messages its ready-made view carries (core/popup-view.ts
// POPUP_TEXT_KEYS), before its message file is read: that screen must be, word for word, the one drawn with
// every message, in each language and in each kind of screen.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { POPUP_TEXT_KEYS, hasTexts } from '@/core/popup-view';
import { prioritize, type PlanSource } from '@/core/priority';
import { buildPlan, taskStatus } from '@/core/plan';
import { messageTexts, setDictionaries, setMessageTexts } from '@/lib/i18n';
import { buildPopupView } from '@/lib/popup-view';
import { providePlan } from '@/lib/plan-code';
import { Popup } from '@/entrypoints/popup/Popup';
import { chinese, english } from '../../setup';
import { DAY, HOUR, NOW, account, catalogue, incident, stateWith } from '../../core/plan/fixtures';

providePlan({ buildPlan, taskStatus });
const source: PlanSource = { buildPlan, taskStatus, catalogue };
const mail = account('m', { siteId: 'mail', category: 'email', tier: 'critical' });
const shop = account('s', { category: 'shopping', tier: 'other' });

const screens = {
  'no accounts yet': { state: stateWith(), now: NOW },
  'accounts, no leak': { state: stateWith({ accounts: [mail, shop] }), now: NOW },
  'an open leak': {
    state: stateWith({ accounts: [mail], incidents: [incident({ leaked: ['phone'], accountIds: ['m'] })] }),
    now: NOW + HOUR,
  },
  'an open leak, days later (overdue tasks)': {
    state: stateWith({ accounts: [mail], incidents: [incident({ leaked: ['phone', 'password'], accountIds: ['m'] })] }),
    now: NOW + 5 * DAY,
  },
  'two open leaks': {
    state: stateWith({
      accounts: [mail],
      incidents: [incident({ id: 'a', accountIds: ['m'] }), incident({ id: 'b', source: 'Second', accountIds: ['m'] })],
    }),
    now: NOW + HOUR,
  },
};

afterEach(cleanup);

const noop = () => undefined;
function drawn(view: ReturnType<typeof buildPopupView>) {
  const { container } = render(<Popup view={view} toast={null} onDone={noop} onOpenPage={noop} onOpenDashboard={noop} />);
  const html = container.innerHTML;
  cleanup();
  return html;
}

describe.each([
  ['en', english],
  ['zh_CN', chinese],
] as const)('the popup in %s', (lang, dictionary) => {
  it.each(Object.entries(screens))("%s: the view's own messages draw the same screen as every message", (_name, { state, now }) => {
    setDictionaries(lang, dictionary, english);
    const texts = messageTexts(POPUP_TEXT_KEYS);
    const view = buildPopupView(state, now, { lang, revision: 'r', items: prioritize(state, source, now), catalogue, texts });
    expect(hasTexts(view)).toBe(true);
    const withEverything = drawn(view);
    setMessageTexts(lang, view.texts);
    const withViewTexts = drawn(view);
    expect(withViewTexts).toBe(withEverything);
    // Words, not keys: a message missing from both would show its key in both screens.
    expect(withEverything).not.toMatch(/\b(popup|next|common|guide|accounts|leak|scams|emergency|status)\.[a-zA-Z]/);
  });
});

describe('a view made without messages', () => {
  it('does not claim to carry them (the popup then waits for its message file)', () => {
    const state = stateWith();
    const view = buildPopupView(state, NOW, { lang: 'en', revision: 'r', items: prioritize(state, source, NOW), catalogue });
    expect(hasTexts(view)).toBe(false);
  });
});
