import type { PagePrinter } from '../app/receipts/print-page';
import type { Caller } from '../core/staff/caller';

export type { Caller };

export type Transport = 'ipc' | 'http';

/**
 * What a transport can do for the calling window beyond the call itself. The Electron router
 * binds them to the sender; the web host has none (the browser prints its own page).
 */
export type CallEffects = {
  /** Prints the caller's own page (receipts.printPage). */
  readonly printPage?: PagePrinter;
};

export type CallContext = {
  readonly caller: Caller | null;
  readonly transport: Transport;
  readonly correlationId: string;
  readonly effects: CallEffects;
};
