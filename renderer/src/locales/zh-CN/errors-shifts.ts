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
  period_out_of_order: '结算须按顺序进行：请先结算更早的月份或年度。',
  period_not_over: '该期间尚未结束。请在期间结束后再结算。',
  period_already_closed: '该期间已结算。请在结算列表中查看。',
  nothing_to_close: '目前没有可结算的内容：请先结班（生成 Z 报表）。',
  months_not_closed: '请先结算该年度的每个月（最后是十二月），再进行年度结算。',
};
