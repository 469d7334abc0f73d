// The one typed message protocol between the views and the background. Each message names what it wants;
// the background answers with the matching response type. Every message is parsed with zod, and only the
// extension's own pages are answered: a content script, a web page or another extension gets no answer.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/** The request of each message, as the background accepts it (anything else is ignored). */
const REQUESTS = {
  /** Recompute the badge and the reminder alarms now (the background also does this on every change). */
  refresh: z.strictObject({}),
  /** What a reminder's "Snooze a day" button does, for pages and tests (Firefox has no buttons). */
  snoozeReminder: z.strictObject({ notificationId: z.string().check(z.maxLength(300)) }),
  /**
   * Snooze one step or task (its storage key: step:<accountId>:<stepId> or task:<incidentId>:<taskId>) until
   * a time, keeping its note. The background writes it, so it lands even if the asking popup closes at once.
   */
  snooze: z.strictObject({
    stateKey: z.string().check(z.maxLength(200)),
    until: z.number().check(z.int(), z.nonnegative()),
  }),
} as const;

export interface Protocol {
  refresh: { request: z.infer<typeof REQUESTS.refresh>; response: { ok: true } };
  snoozeReminder: { request: z.infer<typeof REQUESTS.snoozeReminder>; response: { snoozed: boolean } };
  snooze: { request: z.infer<typeof REQUESTS.snooze>; response: { ok: true } };
}

export type MessageType = keyof Protocol;
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Protocol[T]['request'];
}

const TYPES = Object.keys(REQUESTS) as MessageType[];
const EnvelopeSchema = z.strictObject({ type: z.enum(TYPES as [MessageType, ...MessageType[]]), payload: z.unknown() });

export function sendMessage<T extends MessageType>(type: T, payload: Protocol[T]['request']): Promise<Protocol[T]['response']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<T>) as Promise<Protocol[T]['response']>;
}

export type Handlers = { [T in MessageType]: (payload: Protocol[T]['request']) => Promise<Protocol[T]['response']> };

/** Who sent a message, as runtime.onMessage describes it. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * A message the background may answer: from this extension (sender.id), from one of its own pages (the URL
 * is under the extension's own origin), and not from a content script in a tab's web page.
 */
export function fromOwnPage(sender: Sender, ownId: string, ownBase: string): boolean {
  // A prefix, not URL.origin: browsers and test runners give "null" as the origin of chrome-extension: URLs.
  const base = ownBase.endsWith('/') ? ownBase : `${ownBase}/`;
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** The message as the protocol defines it, or undefined: never a name found on Object.prototype ("toString"). */
export function parseEnvelope(message: unknown): Envelope | undefined {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return undefined;
  const payload = REQUESTS[envelope.data.type].safeParse(envelope.data.payload);
  return payload.success ? ({ type: envelope.data.type, payload: payload.data } as Envelope) : undefined;
}

/** Registers the background's handlers. Uses sendResponse + `return true`, which every browser honours. */
export function handleMessages(handlers: Handlers) {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (!fromOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const envelope = parseEnvelope(message);
    if (!envelope || !Object.hasOwn(handlers, envelope.type)) return undefined;
    const handler = handlers[envelope.type] as (payload: unknown) => Promise<unknown>;
    handler(envelope.payload).then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}
