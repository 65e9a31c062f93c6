import type { Clock } from '../../core/ports';
import type { ChainMac } from '../../db/chain-mac';
import type { Database } from '../../db/connection';

/**
 * What the catalog use cases are built from: the database, the chain key (writes are audited),
 * the clock, and the tax classes of the merchant's tax profile as settings say now.
 */
export type CatalogPorts = {
  readonly db: Database;
  readonly mac: ChainMac;
  readonly clock: Clock;
  readonly taxClasses: () => readonly string[];
};

export const CATALOG_SEARCH_LIMIT_DEFAULT = 60;
