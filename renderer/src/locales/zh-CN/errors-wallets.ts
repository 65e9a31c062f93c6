import type { Catalogue } from '../catalogue';
import type { walletsErrors as en } from '../en/errors-wallets';

/** The zh-CN messages of the wallets domain, key for key with the English ones. */
export const walletsErrors: Catalogue<typeof en> = {};
