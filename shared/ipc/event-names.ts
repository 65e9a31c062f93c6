import type { EventName } from './events';

/**
 * The push-event names alone, without zod, for the preload bundle (shared/ipc/events.ts holds
 * the payload schemas and re-exports this list). The type below makes a missing name a compile
 * error; `satisfies` makes an unknown one an error.
 */
export const EVENT_NAMES = [
  'ledger.changed',
  'ledger.verifyProgress',
  'session.locked',
  'session.changed',
  'display.cart',
  'display.paid',
  'display.walletQr',
] as const satisfies readonly EventName[];

type Missing = Exclude<EventName, (typeof EVENT_NAMES)[number]>;
// A compile error here names the events missing from EVENT_NAMES.
export const EVENT_NAMES_COMPLETE: [Missing] extends [never] ? true : Missing = true;
