import type { common as en } from '../en/common';
import type { Catalogue } from '../catalogue';

export const common: Catalogue<typeof en> = {
  appName: 'Tillbook',
  loading: '加载中…',
  yes: '是',
  no: '否',
  never: '从未',
  notSet: '未设置',
  nav: {
    label: '功能区',
    health: '账本状态',
    settings: '设置',
    shifts: '班次',
    reports: '报表',
  },
  topBar: {
    label: '状态栏',
    place: '{{merchant}} · {{terminal}}',
    staff: '当前员工：{{name}}',
    lock: '锁屏',
    lockHint: '立即锁定屏幕',
    signOut: '退出登录',
    language: '语言',
  },
  roles: {
    owner: '店主',
    manager: '经理',
    cashier: '收银员',
  },
  languages: {
    en: 'English',
    'zh-CN': '简体中文',
  },
  actions: {
    toggleSecret: '显示或隐藏输入内容',
    retry: '重试',
    reload: '重新加载',
  },
  error: {
    title: '操作未成功',
    details: '详情：{{code}}',
    detailsWithKey: '详情：{{code}}（{{key}}）',
  },
  boundary: {
    title: '此页面出现故障',
    body: '数据没有丢失：账本由核心保存，而不是此页面。请重新加载后继续。',
    details: '详情：{{name}}',
  },
  boot: {
    failedTitle: 'Tillbook 无法启动',
    failedBody: '应用无法连接到核心服务。请重试；如果问题持续，请重新启动 Tillbook。',
  },
};
