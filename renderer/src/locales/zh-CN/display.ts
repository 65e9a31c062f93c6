import type { Catalogue } from '../catalogue';
import type { display as en } from '../en/display';

export const display: Catalogue<typeof en> = {
  nav: '顾客显示屏',
  title: '您的购物',
  welcome: '欢迎光临！扫描的商品会显示在这里。',
  total: '应付总额',
  lines: {
    caption: '本次购物的商品',
    item: '商品',
    quantity: '数量',
    total: '金额',
  },
  paid: {
    thanks: '已付款，谢谢惠顾！',
    total: '已付',
    change: '找零',
  },
  qr: {
    label: '钱包付款二维码',
    hint: '请用钱包应用扫码付款',
  },
  notPaired: {
    title: '此显示屏尚未配对',
    body: '顾客显示屏需要收银台提供的一次性配对码。请打开配对页面并输入收银台显示的配对码。',
    pair: '配对此显示屏',
  },
  pairing: {
    title: '顾客显示屏',
    subtitle: '在第二块屏幕上向顾客显示商品、总额、找零和钱包二维码。',
    step1: '在面向顾客的屏幕上打开',
    step2: '在这里获取配对码，并在两分钟内在该屏幕上输入。每个配对码只能使用一次。',
    getCode: '获取配对码',
    newCode: '获取新的配对码',
    codeLabel: '配对码',
    expiresIn: '{{time}} 后过期',
    expired: '配对码已过期，请获取新的配对码。',
  },
};
