import type { RecordSpec } from './record-spec';

/** Records of the wallets domain, by journal kind. */
export const WALLET_RECORDS = {} as const satisfies Record<string, RecordSpec>;
