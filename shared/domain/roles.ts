/** Staff roles, strongest first. Who may do what is decided by rank, never by string compare. */
export const ROLES = ['owner', 'manager', 'cashier'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_RANK: Readonly<Record<Role, number>> = { cashier: 1, manager: 2, owner: 3 };
