import type { WalletErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the wallets domain: what happened, then what to do. */
export const walletsErrors = {
  invalid_wallet_address: 'That wallet address has a typo. Check each character, or scan the QR code again.',
  same_wallet: 'The money would go back into the same wallet. Choose another wallet to send to.',
} as const satisfies Record<WalletErrorCode, string>;
