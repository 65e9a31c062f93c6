import type { Catalogue } from '../catalogue';
import type { shiftsErrors as en } from '../en/errors-shifts';

/** The zh-CN messages of the shifts domain, key for key with the English ones. */
export const shiftsErrors: Catalogue<typeof en> = {
  shift_already_open: '本终端已有未结班次。请先结班，再开新班次。',
  shift_not_open: '本终端没有开班。请先清点备用金并开班。',
  shift_not_found: '本终端没有这个班次。请刷新页面后重试。',
  shift_already_closed: '这个班次已按另一个点钞金额结班。请在 Z 报表中查看其结算。',
  paid_out_exceeds_cash: '钱箱里应有的现金不足这个金额。请核对金额，或先清点钱箱。',
  unsynced_outbox: '部分交易尚未同步到后台。确认后仍可结班，Z 报表会列出未同步的数量。',
  z_report_not_found: '本终端没有这个编号的 Z 报表。请核对编号后重试。',
};
