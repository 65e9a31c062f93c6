import type { RecordSpec } from './record-spec';

/** Records of the cards domain, by journal kind. */
export const CARD_RECORDS = {} as const satisfies Record<string, RecordSpec>;
