import { migration0120 } from './0120-sales';
import type { Migration } from './migration';

/** The sales domain's migrations (versions 120–129), in order. */
export const SALES_MIGRATIONS: readonly Migration[] = [migration0120];
