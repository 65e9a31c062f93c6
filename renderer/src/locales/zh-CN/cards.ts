import type { cards as en } from '../en/cards';
import type { Catalogue } from '../catalogue';

export const cards: Catalogue<typeof en> = {
  nav: '卡与钱包',
  kit: {
    keypad: {
      group: '数字键盘：{{label}}',
      point: '小数点',
      back: '删除最后一位',
      clear: '清空金额',
      empty: '尚未输入金额',
    },
    pin: {
      group: '数字键盘：{{label}}',
      back: '删除最后一位',
      clear: '清空密码',
      clearShort: '清空',
    },
    qr: {
      label: '钱包地址 {{address}} 的二维码',
    },
    export: {
      progressLabel: '导出进度',
      progress: '已读取 {{rows}} 行…',
      progressOf: '已读取 {{rows}} / {{total}} 行',
      done: '已导出 {{rows}} 行',
      cancel: '停止导出',
    },
  },
};
