import { migration0010 } from './0010-initial-ledger';
import { migration0020 } from './0020-staff';
import { migration0030 } from './0030-one-statement-batches';
import { migration0040 } from './0040-state-journal';
import { migration0050 } from './0050-wallets';
import { migration0090 } from './0090-statement-index';
import { migration0130 } from './0130-period-closures';
import { CARD_MIGRATIONS } from './by-domain-cards';
import { CATALOG_MIGRATIONS } from './by-domain-catalog';
import { SALES_MIGRATIONS } from './by-domain-sales';
import { SHIFT_MIGRATIONS } from './by-domain-shifts';
import { VOUCHER_MIGRATIONS } from './by-domain-vouchers';
import { WALLET_MIGRATIONS } from './by-domain-wallets';
import type { Migration } from './migration';

/**
 * In order, strictly increasing versions. The customers-and-wallets, cards and vouchers domains
 * keep their own lists (60–89), as do catalog, shifts and sales (100–129); a migration that comes
 * after a data dir may already be at 120 takes the next free version here (130: period closures).
 */
export const MIGRATIONS: readonly Migration[] = [
  migration0010, migration0020, migration0030, migration0040, migration0050,
  ...WALLET_MIGRATIONS, ...CARD_MIGRATIONS, ...VOUCHER_MIGRATIONS,
  migration0090,
  ...CATALOG_MIGRATIONS,
  ...SHIFT_MIGRATIONS,
  ...SALES_MIGRATIONS,
  migration0130,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
