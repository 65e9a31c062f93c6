import type { EventName } from '../events';
import type { MethodSpec } from '../method';
import { empty, timeMs } from '../schemas';
import { z } from '../zod';

/**
 * The alphabet of display pairing codes: no 0/O and 1/I, so a code read off the till's screen
 * and typed on the display is hard to mistype. 32 symbols, 5 bits each.
 */
export const DISPLAY_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Symbols in a pairing code: 8 × 5 bits, single use, valid for DISPLAY_CODE_TTL_MS. */
export const DISPLAY_CODE_LENGTH = 8;
export const DISPLAY_CODE_TTL_MS = 120_000;

/**
 * A code as typed: its symbols, case-insensitive, optionally grouped by a hyphen or spaces
 * (`ABCD-EFGH`). Normalised by the use case (`normaliseDisplayCode`), never transformed here.
 */
export const displayCodeInput = z.string().min(DISPLAY_CODE_LENGTH).max(DISPLAY_CODE_LENGTH + 4).regex(/^[0-9A-Za-z -]+$/);

/** Upper case, separators removed; the form the book compares. */
export function normaliseDisplayCode(typed: string): string {
  return typed.replace(/[ -]/g, '').toUpperCase();
}

/** `ABCDEFGH` → `ABCD-EFGH`, the way the till shows it. */
export function groupDisplayCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The only push events a customer display receives: what the customer may see (SALES emits them). */
export const DISPLAY_EVENT_NAMES = ['display.cart', 'display.paid', 'display.walletQr'] as const satisfies readonly EventName[];

/**
 * Whether an event is for the customer display only. A staff window or stream never gets these:
 * nothing there listens to them, and a 200-line `display.cart` for every scan would compete with
 * the scan's own reply on the till's screen (B13).
 */
export function isDisplayEvent(name: EventName): boolean {
  return (DISPLAY_EVENT_NAMES as readonly EventName[]).includes(name);
}

export const pairingCodeOutput = z.strictObject({
  /** DISPLAY_CODE_LENGTH symbols of DISPLAY_CODE_ALPHABET; shown grouped (`groupDisplayCode`). */
  code: z.string().length(DISPLAY_CODE_LENGTH),
  expiresAtMs: timeMs,
});

/**
 * The customer display (issue 9 §8). A signed-in till asks for a one-time pairing code; a browser
 * typing it on the web host's `/display` page is given a display-only credential that reads the
 * customer-safe events (display.cart, display.paid, display.walletQr) and nothing else
 * (electron/host/display-auth.ts). The credential is the host's business: this domain only keeps
 * the codes, so the use case has the injectable clock.
 */
export const displayDomainContract = {
  /** A fresh code; it replaces any code not used yet (one live code per till). */
  'display.pairingCode': { input: empty, output: pairingCodeOutput, access: 'signedIn', errors: [] },
  /**
   * Spends a code. Public because the display is nobody's staff session; what it returns grants
   * nothing by itself (the web host mints the display credential after a success).
   */
  'display.redeemCode': {
    input: z.strictObject({ code: displayCodeInput }),
    output: z.strictObject({ pairedAtMs: timeMs }),
    access: 'public',
    errors: ['display_code_invalid'],
  },
} as const satisfies Record<string, MethodSpec>;
