import { migration0100 } from './0100-catalog';
import type { Migration } from './migration';

/** The catalog domain's migrations (versions 100–109), in order. */
export const CATALOG_MIGRATIONS: readonly Migration[] = [migration0100];
