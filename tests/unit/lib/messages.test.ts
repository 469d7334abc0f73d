import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromOwnPage, handleMessages, parseEnvelope, type Handlers, type Sender } from '@/lib/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('parseEnvelope', () => {
  it.each([
    [{ type: 'refresh', payload: {} }],
    [{ type: 'snooze', payload: { stateKey: 'step:a1:x', until: 5 } }],
    [{ type: 'snoozeReminder', payload: { notificationId: 'reminder:1' } }],
  ])('accepts a message of the protocol: %j', (message) => {
    expect(parseEnvelope(message)).toEqual(message);
  });

  it.each([
    ['a prototype name', { type: 'toString', payload: {} }],
    ['another prototype name', { type: 'constructor', payload: {} }],
    ['__proto__', JSON.parse('{"type":"__proto__","payload":{}}')],
    ['a wrong payload', { type: 'snooze', payload: { stateKey: 'step:a1:x', until: 'soon' } }],
    ['an extra field', { type: 'refresh', payload: { evil: true } }],
    ['an extra envelope field', { type: 'refresh', payload: {}, also: 1 }],
    ['no type', { payload: {} }],
    ['a string', 'refresh'],
    ['null', null],
  ])('refuses %s', (_name, message) => {
    expect(parseEnvelope(message)).toBeUndefined();
  });
});

describe('fromOwnPage', () => {
  it.each<[string, Sender, boolean]>([
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, true],
    ['the options page in a tab', { id: ID, url: `${ORIGIN}options.html#/backup`, tab: {} }, true],
    ['our content script in a web page', { id: ID, url: 'https://evil.example/', tab: {} }, false],
    ['another extension', { id: 'otherextensionid', url: 'chrome-extension://otherextensionid/page.html' }, false],
    ['another extension claiming our id with its own page', { id: ID, url: 'chrome-extension://otherextensionid/page.html' }, false],
    ['no url', { id: ID }, false],
    ['a web page (externally connectable)', { url: 'https://evil.example/' }, false],
  ])('%s → %s', (_name, sender, answered) => {
    expect(fromOwnPage(sender, ID, ORIGIN)).toBe(answered);
  });
});

describe('handleMessages', () => {
  it('answers the extension’s own pages only, and never a prototype name', async () => {
    const refresh = vi.fn(async () => ({ ok: true as const }));
    const handlers: Handlers = { refresh, snooze: vi.fn(), snoozeReminder: vi.fn() };
    let listener: ((message: unknown, sender: Sender, respond: (r: unknown) => void) => unknown) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((fn) => {
      listener = fn as never;
    });
    handleMessages(handlers);
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const respond = vi.fn();
    expect(listener!({ type: 'toString', payload: {} }, own, respond)).toBeUndefined();
    expect(listener!({ type: 'refresh', payload: {} }, { id: 'other', url: 'https://evil.example/' }, respond)).toBeUndefined();
    expect(listener!({ type: 'refresh', payload: {} }, own, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ ok: true }));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});
