import { searchNeedles } from '../../../../shared/domain/customer-fields';
import { ok, type Result } from '../../../../shared/domain/result';
import { decodeCustomerCursor, pageOf } from '../../core/customers/customer-cursor';
import type { Database } from '../../db/connection';
import { customerPage } from '../../db/repositories/customer.repo';
import { customerView, type CustomerView } from './wallet-reads';

export const CUSTOMER_PAGE_DEFAULT = 20;
export const CUSTOMER_PAGE_MAX = 100;

export type CustomerPage = { readonly items: CustomerView[]; readonly nextCursor: string | null };
export type PageInput = { readonly limit?: number | undefined; readonly cursor?: string | undefined };
export type ListCustomers = (input: PageInput) => Promise<Result<CustomerPage>>;
export type SearchCustomers = (input: PageInput & { readonly query: string }) => Promise<Result<CustomerPage>>;

async function page(db: Database, needles: readonly string[], input: PageInput): Promise<Result<CustomerPage>> {
  const limit = Math.min(Math.max(input.limit ?? CUSTOMER_PAGE_DEFAULT, 1), CUSTOMER_PAGE_MAX);
  const before = input.cursor === undefined ? undefined : decodeCustomerCursor(input.cursor);
  const rows = await db.tx.read((tx) => customerPage(tx, { needles, before, limit: limit + 1 }));
  const { items, next } = pageOf(rows, limit);
  return ok({ items: items.map((row) => customerView(row, { id: row.walletId, address: row.address })), nextCursor: next });
}

/** Every customer, newest first, one keyset page at a time. */
export function listCustomers(ports: { readonly db: Database }): ListCustomers {
  return (input) => page(ports.db, [], input);
}

/**
 * Customers whose name, phone or email contains the query, compared case- and width-folded
 * (`ＡＢＣ` finds `abc`; Chinese names as typed); a query that looks like a phone number also
 * matches by its digits alone. Newest first, paged like the list.
 */
export function searchCustomers(ports: { readonly db: Database }): SearchCustomers {
  return async (input) => {
    const needles = searchNeedles(input.query);
    if (needles.length === 0) return ok({ items: [], nextCursor: null });
    return page(ports.db, needles, input);
  };
}
