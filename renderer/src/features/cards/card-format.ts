import type { CardState } from '../../../../shared/domain/cards';
import { SEMANTIC } from '../../app/theme';

/** A number as printed on a card: groups of four (only the one-time and reveal displays use it). */
export function groupPan(pan: string): string {
  return pan.replace(/(.{4})/g, '$1 ').trim();
}

/** "MM/YY", as on the card. */
export function formatExpiry(expMonth: number, expYear: number): string {
  return `${String(expMonth).padStart(2, '0')}/${String(expYear % 100).padStart(2, '0')}`;
}

/** What a card shows everywhere else: •••• and the last four (ui.md §2). */
export function maskedShort(last4: string): string {
  return `•••• ${last4}`;
}

/** The badge colour of a state; the badge always carries the state's name too. */
export function stateColor(state: CardState): string {
  switch (state) {
    case 'active':
      return SEMANTIC.success;
    case 'pending_activation':
    case 'frozen':
      return SEMANTIC.warning;
    case 'expired':
    case 'closed':
      return SEMANTIC.danger;
  }
}
