import type { CardErrorCode } from '../../../../shared/domain/errors';

/** One message per error code of the cards domain: what happened, then what to do. */
export const cardsErrors = {} as const satisfies Record<CardErrorCode, string>;
