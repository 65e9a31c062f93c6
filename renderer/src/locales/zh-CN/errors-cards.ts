import type { Catalogue } from '../catalogue';
import type { cardsErrors as en } from '../en/errors-cards';

/** The zh-CN messages of the cards domain, key for key with the English ones. */
export const cardsErrors: Catalogue<typeof en> = {
  pan_collision_limit: '该卡方案几乎没有未使用的卡号了。请新建一个卡方案再发卡。',
  invalid_pan: '卡号无效。请重新刷卡，或核对输入的数字。',
  card_already_issued: '这张卡已经发出，卡号只显示一次。如有需要，请经理查看完整卡号。',
  illegal_transition: '这张卡在当前状态下不能执行此操作。请刷新查看卡片状态。',
  balance_not_zero: '卡内仍有余额。请先转出或退还余额，再注销此卡。',
  card_has_open_holds: '这张卡有尚未完成的付款。请先完成扣款或撤销预授权。',
  card_not_activated: '这张卡尚未激活。请设置密码以激活。',
  card_frozen: '这张卡已冻结。请先解冻再使用。',
  card_expired: '这张卡已过期。请补发新卡，余额会转入新卡。',
  card_closed: '这张卡已注销。请使用其他卡。',
  wrong_pin: '密码错误。请顾客重新输入。',
  pin_blocked: '密码错误次数过多，已被锁定。需由经理解锁。',
  pin_not_blocked: '密码未被锁定，无需解锁。',
  card_limit_exceeded: '超出了这张卡的限额。请减少金额或稍后再试。',
  refund_exceeds_payment: '退款金额超过该笔付款的剩余可退金额。请输入较小的金额。',
};
