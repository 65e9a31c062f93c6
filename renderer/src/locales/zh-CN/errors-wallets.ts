import type { Catalogue } from '../catalogue';
import type { walletsErrors as en } from '../en/errors-wallets';

/** The zh-CN messages of the wallets domain, key for key with the English ones. */
export const walletsErrors: Catalogue<typeof en> = {
  invalid_wallet_address: '钱包地址有误，请逐个核对字符，或重新扫描二维码。',
  same_wallet: '不能转入同一个钱包，请选择其他收款钱包。',
};
