import type { Catalogue } from '../catalogue';
import type { salesErrors as en } from '../en/errors-sales';

/** The zh-CN messages of the sales domain, key for key with the English ones. */
export const salesErrors: Catalogue<typeof en> = {
  cart_product_unknown: '购物车中的商品已不在商品目录中。请删除该行并重新扫码。',
  cart_product_inactive: '购物车中的商品已停售。请删除该行。',
  cart_product_unpriced: '购物车中的商品在此币种下没有价格。请让经理设置价格。',
  cart_currency_mismatch: '购物车的币种不是本店币种。请新建购物车。',
  price_override_not_found: '找不到此行已批准的价格。请让经理重新批准价格。',
  cart_empty: '购物车是空的。请先添加商品。',
  total_changed: '显示后总额已变化（价格或税率有变）。请核对新总额后重新收款。',
  tender_currency_mismatch: '此卡、钱包或支付的币种与本次销售不同。',
  tenders_mismatch: '各项付款之和不等于总额。只有现金可以多付，多出部分为找零。',
  payment_not_found: '没有此编号的支付。请重新发起支付。',
  payment_not_approved: '支付尚未成功。完成销售前请先查询支付状态。',
  payment_already_used: '此笔支付已用于另一笔销售。',
  parked_cart_not_found: '此挂单已不存在：已被取回或丢弃。',
  sale_not_found: '没有此小票号或条码的销售。',
  sale_voided: '此笔销售已作废，无法再退款。',
  sale_has_refunds: '此笔销售已有退款，不能作废。请改为退回其余商品。',
  refund_line_not_found: '此行不在该销售中。请重新查找销售。',
  refund_exceeds_refundable: '超过了可退的数量或金额。请减少数量。',
  receipt_not_found: '没有此编号的小票。',
};
