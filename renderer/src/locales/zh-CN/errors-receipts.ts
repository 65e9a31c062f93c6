import type { RECEIPT_ERROR_CODES } from '../../../../shared/domain/errors-by-domain/receipts';

/** 收据领域每个错误代码的提示：发生了什么，该怎么做。 */
export const receiptsErrors = {
  receipt_font_missing: '本终端未安装 PDF 收据所需的中文字体。请改为打印小票，或联系技术支持安装 fonts-noto-cjk。',
} as const satisfies Record<(typeof RECEIPT_ERROR_CODES)[number], string>;
