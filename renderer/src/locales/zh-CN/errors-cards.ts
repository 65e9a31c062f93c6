import type { Catalogue } from '../catalogue';
import type { cardsErrors as en } from '../en/errors-cards';

/** The zh-CN messages of the cards domain, key for key with the English ones. */
export const cardsErrors: Catalogue<typeof en> = {};
