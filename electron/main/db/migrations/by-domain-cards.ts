import { migration0070 } from './0070-cards';
import type { Migration } from './migration';

/** The cards domain's migrations (versions 70–79), in order. */
export const CARD_MIGRATIONS: readonly Migration[] = [migration0070];
