// The one typed message protocol between the views and the background. Each message names what it wants;
// the background answers with the matching response type.
import { browser } from 'wxt/browser';

export interface Protocol {
  /** Recompute the badge and the reminder alarms now (the background also does this on every change). */
  refresh: { request: Record<string, never>; response: { ok: true } };
  /** What a reminder's "Snooze a day" button does, for pages and tests (Firefox has no buttons). */
  snoozeReminder: { request: { notificationId: string }; response: { snoozed: boolean } };
  /**
   * Snooze one step or task (its storage key: step:<accountId>:<stepId> or task:<incidentId>:<taskId>) until
   * a time, keeping its note. The background writes it, so it lands even if the asking popup closes at once.
   */
  snooze: { request: { stateKey: string; until: number }; response: { ok: true } };
}

export type MessageType = keyof Protocol;
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Protocol[T]['request'];
}

export function sendMessage<T extends MessageType>(type: T, payload: Protocol[T]['request']): Promise<Protocol[T]['response']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<T>) as Promise<Protocol[T]['response']>;
}

export type Handlers = { [T in MessageType]: (payload: Protocol[T]['request']) => Promise<Protocol[T]['response']> };

/** Registers the background's handlers. Uses sendResponse + `return true`, which every browser honours. */
export function handleMessages(handlers: Handlers) {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    const envelope = message as Envelope;
    if (!envelope || typeof envelope !== 'object' || !(envelope.type in handlers)) return undefined;
    const handler = handlers[envelope.type] as (payload: unknown) => Promise<unknown>;
    handler(envelope.payload).then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}
