import type { WalletErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the wallets domain: what happened, then what to do. */
export const walletsErrors = {} as const satisfies Record<WalletErrorCode, string>;
