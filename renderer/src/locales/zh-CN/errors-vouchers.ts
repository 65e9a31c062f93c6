import type { Catalogue } from '../catalogue';
import type { vouchersErrors as en } from '../en/errors-vouchers';

/** The zh-CN messages of the vouchers domain, key for key with the English ones. */
export const vouchersErrors: Catalogue<typeof en> = {
  invalid_voucher_code: '充值码输入有误。请对照充值券逐位核对，或重新扫描。',
  voucher_not_found: '找不到这个充值码。请核对券上的充值码，或联系店长。',
  voucher_batch_not_found: '找不到这个充值券批次。请刷新列表后重新选择批次。',
  voucher_batch_exists: '这个批次已经生成过，充值码只显示一次。请作废该批次的充值券，再生成新的批次。',
  voucher_expiry_in_past: '有效期已经过去。请选择更晚的日期，或不设有效期。',
  voucher_not_sold: '这张充值券尚未售出，目前没有面值。请先在柜台售出。',
  voucher_already_sold: '这张充值券已经售出。请直接交给顾客，或另售一张。',
  voucher_already_redeemed: '这张充值券已经充值过，不能再次使用。',
  voucher_voided: '这张充值券已作废，没有面值。如有疑问请联系店长。',
  voucher_expired: '这张充值券已过期。请联系店长处理。',
};
