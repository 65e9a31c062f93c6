import { migration0010 } from './0010-initial-ledger';
import { migration0020 } from './0020-staff';
import { migration0030 } from './0030-one-statement-batches';
import { migration0040 } from './0040-state-journal';
import type { Migration } from './migration';

/** In order, strictly increasing versions, in steps of 10. */
export const MIGRATIONS: readonly Migration[] = [migration0010, migration0020, migration0030, migration0040];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
