import type { RECEIPT_ERROR_CODES } from '../../../../shared/domain/errors-by-domain/receipts';

/** 收据领域每个错误代码的提示：发生了什么，该怎么做。 */
export const receiptsErrors = {
  receipt_font_missing: '本终端未安装 PDF 收据所需的中文字体。请改为打印小票，或联系技术支持安装 fonts-noto-cjk。',
  print_unavailable: '此窗口无法通过收银程序打印，请使用浏览器的打印对话框。',
  print_failed: '收据未打印：打印机拒绝了任务或打印已取消。请检查打印机（纸张、电源、设置中的打印机名称）后重新打印。',
} as const satisfies Record<(typeof RECEIPT_ERROR_CODES)[number], string>;
