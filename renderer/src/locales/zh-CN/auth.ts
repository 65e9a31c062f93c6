import type { auth as en } from '../en/auth';
import type { Catalogue } from '../catalogue';

export const auth: Catalogue<typeof en> = {
  signIn: {
    title: '登录',
    subtitle: '请输入员工编号和 PIN 或密码。',
    staffCode: '员工编号',
    secret: 'PIN 或密码',
    submit: '登录',
    staffCodeRequired: '请输入员工编号。',
    secretRequired: '请输入 PIN 或密码。',
  },
  lockout: {
    title: '账户已锁定',
    message: '错误次数过多。请于 {{until}} 之后再试。',
    remaining: '剩余时间：{{time}}',
    over: '锁定已解除，现在可以重试。',
  },
  lock: {
    title: '屏幕已锁定',
    body: '{{name}} 已登录。请输入 PIN 或密码，从中断处继续。',
    bodyNoName: '请输入 PIN 或密码，从中断处继续。',
    idle: '因一段时间无操作而锁定。',
    manual: '已手动锁定。',
    secret: 'PIN 或密码',
    submit: '解锁',
    switchUser: '退出并切换员工',
  },
};
