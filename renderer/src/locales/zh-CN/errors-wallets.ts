import type { Catalogue } from '../catalogue';
import type { walletsErrors as en } from '../en/errors-wallets';

/** The zh-CN messages of the wallets domain, key for key with the English ones. */
export const walletsErrors: Catalogue<typeof en> = {
  invalid_wallet_address: '钱包地址有误，请逐个核对字符，或重新扫描二维码。',
  same_wallet: '不能转入同一个钱包，请选择其他收款钱包。',
  fx_rate_not_found: '这两种货币之间还没有汇率，请让经理录入。',
  fx_rate_stale: '汇率已过期，不能使用，请让经理录入最新汇率。',
  fx_rate_from_future: '汇率日期晚于本终端的时间，请检查终端时钟和汇率日期。',
  fx_amount_too_small: '扣除手续费后金额太小，无法兑换，请输入更大的金额。',
};
