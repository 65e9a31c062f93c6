import type { Catalogue } from '../catalogue';
import type { demo as en } from '../en/demo';

export const demo: Catalogue<typeof en> = {
  badge: '演示',
  badgeHint: '演示商店：员工、商品和过去一周的销售都是虚构的，切勿用于真实销售。',
};
