export const demo = {
  badge: 'DEMO',
  badgeHint: 'A demo shop: its staff, products and past week of sales are made up. Never use it for real sales.',
} as const;
