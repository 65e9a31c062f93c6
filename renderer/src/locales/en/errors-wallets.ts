import type { WalletErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the wallets domain: what happened, then what to do. */
export const walletsErrors = {
  invalid_wallet_address: 'That wallet address has a typo. Check each character, or scan the QR code again.',
  same_wallet: 'The money would go back into the same wallet. Choose another wallet to send to.',
  fx_rate_not_found: 'There is no exchange rate for these two currencies. Ask a manager to enter one.',
  fx_rate_stale: 'The exchange rate is too old to use. Ask a manager to enter a current rate.',
  fx_rate_from_future: 'The exchange rate is dated later than this terminal’s clock. Check the clock and the rate’s date.',
  fx_amount_too_small: 'That amount is too small to convert after the fee. Enter a larger amount.',
} as const satisfies Record<WalletErrorCode, string>;
