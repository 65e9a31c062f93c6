import type { Catalogue } from '../catalogue';
import type { recovery as en } from '../en/recovery';

export const recovery: Catalogue<typeof en> = {
  title: '本收银台的数据库是一份较旧的副本',
  subtitle: '须经店主确认后，Tillbook 才会打开它。',
  finding: {
    title: '数据库比其锚点更旧',
    behind_anchor:
      '数据库的最后一条记录是第 {{headSeq}} 条，但旁边保存的锚点记录的是第 {{anchorSeq}} 条：有人放回了一份较旧的数据库副本，其中缺少 {{missing}} 条记录。',
    diverged: '第 {{anchorSeq}} 条记录与旁边保存的锚点所记录的不一致：数据库已被另一份副本替换。',
    anchor_missing: '数据库有 {{headSeq}} 条记录，但找不到它的锚点：锚点已被删除，或数据库是从别处复制来的。',
    anchor_invalid: '数据库旁边保存的锚点校验不通过：它被改动过，或属于另一个账本。',
  },
  explain:
    '锚点记录本收银台写入的最新一条记录，保存在数据库之外。现在有人用一份较旧的数据库副本替换了较新的数据库（恢复的备份，或复制回来的文件）。',
  lost: '较新的数据库在此副本之后记录的内容（销售、员工变更、锁定）不在此副本中；一旦接受，这些内容将永久丢失。',
  doNotSell: '在问题解决之前，请勿在本收银台进行销售。',
  otherwise: '如果不需要这份较旧的副本，请关闭 Tillbook，并把较新的数据库放回原处。',
  form: {
    title: '接受此副本（仅限店主）',
    staffCode: '店主的员工编号',
    secret: '店主的 PIN 或密码',
    staffCodeRequired: '请输入店主的员工编号。',
    secretRequired: '请输入店主的 PIN 或密码。',
    submit: '接受这份较旧的副本',
    notOwnerTitle: '须由店主确认',
    notOwner: '该员工在此副本中不是店主。只有店主才能接受它：经理的角色可能正是已丢失的变更之一。',
  },
};
