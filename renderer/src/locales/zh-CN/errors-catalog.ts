import type { CatalogErrorCode } from '../../../../shared/domain/errors';

/** 目录域的错误信息：发生了什么，接下来怎么做。 */
export const catalogErrors = {
  product_not_found: '没有商品使用此编码。请检查条码，或按名称搜索。',
  product_inactive: '此商品目前未上架销售。请联系经理将其设为上架。',
  no_price_in_currency: '此商品没有本店币种的价格。请联系经理添加价格。',
  sku_taken: '已有其他商品使用此 SKU。请换一个 SKU。',
  barcode_taken: '已有其他商品使用其中某个条码。请先从该商品中移除，或检查号码。',
  category_not_found: '该分类已不存在。请刷新列表并重新选择分类。',
  category_name_taken: '已有同名分类。请换一个名称。',
  csv_invalid: '无法将该文件读取为商品 CSV。请检查表头行和文件格式。',
  import_not_found: '此次导入已中断。请从头重新导入。',
  import_out_of_order: '导入的分段顺序有误。请重新导入。',
  import_too_large: '文件行数超过单次导入上限。请拆分为较小的文件。',
} as const satisfies Record<CatalogErrorCode, string>;
