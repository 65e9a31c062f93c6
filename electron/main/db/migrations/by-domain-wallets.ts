import { migration0060 } from './0060-fx-rates';
import type { Migration } from './migration';

/** The wallets domain's migrations (versions 60–69), in order. */
export const WALLET_MIGRATIONS: readonly Migration[] = [migration0060];
