import { migration0110 } from './0110-shifts';
import type { Migration } from './migration';

/** The shifts domain's migrations (versions 110–119), in order. */
export const SHIFT_MIGRATIONS: readonly Migration[] = [migration0110];
