import type { Catalogue } from '../catalogue';
import type { salesPricingErrors as en } from '../en/errors-sales-pricing';

/** The zh-CN messages of pricing and tax settings, key for key with the English ones. */
export const salesPricingErrors: Catalogue<typeof en> = {
  discount_exceeds_amount: '折扣大于其适用的金额。请输入较小的折扣。',
  unknown_tax_class: '该商品的税类不在店铺的税务方案中。请联系店长修正商品或税务设置。',
  base_currency_locked: '已有销售记录后不能再更改本位币：所有销售、班次和报表都以它记账。',
};
