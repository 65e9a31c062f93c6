import type { EventPayload } from '../../../../shared/ipc/events';

export type DisplayCart = EventPayload<'display.cart'>;
export type DisplayPaid = EventPayload<'display.paid'>;

/** What the customer display shows: the cart, the last payment (with change) and a wallet QR. */
export type DisplayState = {
  readonly cart: DisplayCart | null;
  readonly paid: DisplayPaid | null;
  readonly qr: string | null;
};

export const EMPTY_DISPLAY: DisplayState = { cart: null, paid: null, qr: null };

export type DisplayEvent =
  | { readonly kind: 'cart'; readonly payload: DisplayCart }
  | { readonly kind: 'paid'; readonly payload: DisplayPaid }
  | { readonly kind: 'walletQr'; readonly payload: EventPayload<'display.walletQr'> };

/**
 * One event applied to the screen. The change due stays on screen until the next sale starts
 * (docs/ui.md §2): an empty cart after a payment keeps it; the first line of a new cart clears it.
 * A QR belongs to one payment attempt: a payment, or another cart, takes it away.
 */
export function applyDisplayEvent(state: DisplayState, event: DisplayEvent): DisplayState {
  switch (event.kind) {
    case 'cart': {
      const cart = event.payload;
      if (cart.lines.length === 0) return state.paid === null ? { ...state, cart, qr: null } : state;
      const sameCart = state.cart?.cartId === cart.cartId;
      return { cart, paid: null, qr: sameCart ? state.qr : null };
    }
    case 'paid':
      return { ...state, paid: event.payload, qr: null };
    case 'walletQr':
      return { ...state, qr: event.payload.payload };
  }
}
