import { migration0010 } from './0010-initial-ledger';
import type { Migration } from './migration';

/** In order, strictly increasing versions, in steps of 10. */
export const MIGRATIONS: readonly Migration[] = [migration0010];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
