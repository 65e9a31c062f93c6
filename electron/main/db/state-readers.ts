import type { DomainStateKind } from '../../../shared/domain/journal-kinds';
import { CARD_STATE_READERS } from './repositories/card-state';
import { SHIFT_STATE_READERS } from './repositories/shift-state';
import { VOUCHER_STATE_READERS } from './repositories/voucher-state';
import { WALLET_STATE_READERS } from './repositories/wallet-state';
import type { StateReader } from './state-reader';

/**
 * The current rows of every domain's guarded state (staff and the merchant facts have their own
 * readers in repositories/state.repo.ts). A mapped type: a state kind without a reader does not
 * compile, so no guarded table escapes verify.
 */
export const DOMAIN_STATE_READERS: { readonly [K in DomainStateKind]: StateReader } = {
  ...WALLET_STATE_READERS,
  ...CARD_STATE_READERS,
  ...VOUCHER_STATE_READERS,
  ...SHIFT_STATE_READERS,
};
