import type { errors as en } from '../en/errors';
import type { Catalogue } from '../catalogue';
import { cardsErrors } from './errors-cards';
import { displayErrors } from './errors-display';
import { catalogErrors } from './errors-catalog';
import { salesPricingErrors } from './errors-sales-pricing';
import { salesErrors } from './errors-sales';
import { receiptsErrors } from './errors-receipts';
import { shiftsErrors } from './errors-shifts';
import { vouchersErrors } from './errors-vouchers';
import { walletsErrors } from './errors-wallets';

export const errors: Catalogue<typeof en> = {
  invalid_input: '部分信息无效。请检查标出的字段后重试。',
  invalid_amount: '金额无效。请输入以店铺币种计的正数金额。',
  unknown_currency: '不支持该币种。请从列表中选择币种。',
  amount_overflow: '金额过大，无法记录。请拆分为较小的金额。',
  not_found: '找不到该记录。请刷新页面后重试。',
  forbidden: '你的角色无权执行此操作。请联系经理或店主。',
  unauthenticated: '你尚未登录。请登录后重试。',
  payload_too_large: '请求内容过大。请减少一次提交的项目。',
  internal: 'Tillbook 内部出错。请重试；如果问题持续，请将下方详情提供给技术支持。',
  unreachable: 'Tillbook 核心服务没有响应。请确认应用仍在运行，然后重试。',
  wrong_key: '数据库密钥错误，无法打开数据。请使用正确的口令或密钥文件。',
  database_corrupt: '数据库已损坏。请停止收银并联系技术支持，从最近的备份恢复。',
  database_rolled_back: '此数据库比其锚点更旧：它已被回退到较早的副本。须经店主确认后 Tillbook 才会打开它。',
  database_too_new: '该数据库由更新版本的 Tillbook 写入。请在此终端上更新 Tillbook。',
  database_locked: '数据库正忙。请稍候再试。',
  key_file_missing: '缺少数据库密钥文件。请恢复密钥文件或使用恢复口令。',
  key_file_invalid: '数据库密钥文件无效。请恢复原始密钥文件或使用恢复口令。',
  weak_passphrase: '口令强度不足。请使用包含字母和数字的更长口令。',
  insufficient_funds: '余额不足。请使用较小的金额或其他支付方式。',
  limit_exceeded: '超出允许的限额。请使用较小的金额或联系经理。',
  ledger_mismatch: '账本分录不一致，未记录任何内容。请重试或联系技术支持。',
  account_not_found: '该账户不存在。请检查卡或钱包后重试。',
  account_closed: '该账户已关闭。请使用其他卡或钱包。',
  ledger_not_found: '该账本不存在。请刷新页面后重试。',
  same_account: '转出和转入是同一个账户。请选择两个不同的账户。',
  id_exists_with_different_content: '此请求已用不同的内容记录过。请新建一笔，而不是重复提交。',
  hold_not_found: '该预授权不存在。请刷新页面后重试。',
  hold_already_resolved: '该预授权已完成或已释放，未做任何更改。',
  hold_expired: '该预授权已过期。请重新发起支付。',
  post_exceeds_hold: '金额超过预授权金额。最多只能扣取预授权的金额。',
  batch_empty: '没有可记录的内容。请至少添加一行。',
  batch_too_large: '一次提交的分录过多。请分成较小的批次记录。',
  setup_already_done: '此终端已完成设置。请直接登录。',
  bad_credentials: '员工编号或 PIN/密码错误。请检查后重试。',
  account_locked: '多次输错后，此员工账户已被锁定。请等待，或联系经理。',
  session_locked: '屏幕已锁定。请输入你的 PIN 或密码继续。',
  rate_limited: '此终端尝试次数过多。请等待一分钟后再试。',
  ...walletsErrors,
  ...cardsErrors,
  ...vouchersErrors,
  ...shiftsErrors,
  ...displayErrors,
  ...catalogErrors,
  ...salesPricingErrors,
  ...salesErrors,
  ...receiptsErrors,
};
