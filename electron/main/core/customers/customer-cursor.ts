/**
 * The keyset cursor of customer pages: "<createdAtMs>:<id>" of the last customer on a page (the
 * contract's `customerCursor` bounds its shape). The next page starts strictly after it in the
 * newest-first order, so a customer added meanwhile never shifts or repeats what was shown.
 */
export type CustomerKey = { readonly createdAtMs: number; readonly id: string };

export function encodeCustomerCursor(key: CustomerKey): string {
  return `${key.createdAtMs}:${key.id}`;
}

/** undefined for text that is not a cursor (the contract refuses it before this is reached). */
export function decodeCustomerCursor(cursor: string): CustomerKey | undefined {
  const match = /^([0-9]{1,15}):([0-9a-f-]{36})$/.exec(cursor);
  if (!match?.[1] || !match[2]) return undefined;
  return { createdAtMs: Number(match[1]), id: match[2] };
}

/**
 * Reads one more row than the page holds: whether it came back decides if there is a next page,
 * without a count.
 */
export function pageOf<T extends CustomerKey>(rows: readonly T[], limit: number): { items: T[]; next: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? encodeCustomerCursor(last) : null };
}
