import type { settings as en } from '../en/settings';
import type { Catalogue } from '../catalogue';

export const settings: Catalogue<typeof en> = {
  title: '设置',
  subtitle: '此终端的设置，保存在本设备上。后端地址和审批策略同时保存在加密账本中，每次修改都有记录。',
  sections: {
    shop: '店铺和终端',
    display: '显示',
    devices: '设备和网络',
    security: '安全',
  },
  fields: {
    terminalName: '终端名称',
    merchantName: '商户名称',
    locale: '默认语言',
    currency: '币种',
    theme: '配色方案',
    themeLight: '浅色',
    themeDark: '深色',
    themeAuto: '跟随系统',
    density: '界面密度',
    densityComfortable: '标准',
    densityLarge: '大号（触屏）',
    printer: '小票打印机',
    printerHint: '系统中显示的打印机名称。留空表示不使用打印机。',
    backendUrl: '后台地址',
    backendUrlHint: '以 https:// 开头的地址。留空表示仅离线工作。',
    idleLockMinutes: '无操作后锁屏（分钟）',
    idleLockHint: '1 到 15 分钟。',
  },
  validation: {
    required: '此项为必填项。',
    tooLong: '最多 {{max}} 个字符。',
    https: '请输入以 https:// 开头的完整地址',
    idle: '请输入 1 到 15 之间的整数。',
    currency: '请从列表中选择币种。',
  },
  readOnly: {
    title: '仅可查看',
    body: '只有经理或店主可以修改设置。请经理在此终端上登录。',
  },
  save: '保存设置',
  savedAt: '设置已于 {{time}} 保存。',
  unchanged: '没有需要保存的内容：未修改任何设置。',
};
