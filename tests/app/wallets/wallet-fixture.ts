import { newId } from '../../../shared/domain/ids';
import type { Output } from '../../../shared/ipc/contract';
import { CASHIER, MANAGER } from '../../ipc/samples';
import { createTestApp, expectOk, setupWithStaff, signInAs, type StaffSeed, type TestApp } from '../../support/test-app';

export type Customer = Output<'customers.create'>;
export type Detail = Output<'customers.get'>;

export type WalletWorld = { t: TestApp; owner: StaffSeed; manager: StaffSeed; cashier: StaffSeed };

/** A set-up terminal (fixed clock) with a manager and a cashier; the cashier is signed in. */
export async function walletWorld(): Promise<WalletWorld> {
  const t = await createTestApp();
  const { owner, members } = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }, { ...CASHIER, role: 'cashier' }]);
  const [manager, cashier] = members as [StaffSeed, StaffSeed];
  await signInAs(t, cashier);
  return { t, owner, manager, cashier };
}

export async function newCustomer(t: TestApp, displayName: string, extra: Record<string, unknown> = {}): Promise<Customer> {
  return expectOk<Customer>(await t.call('customers.create', { id: newId(), displayName, ...extra }));
}

export async function topUp(t: TestApp, walletId: string, amountMinor: number, currency = 'CNY'): Promise<Output<'wallets.topUp'>> {
  return expectOk(await t.call('wallets.topUp', { operationId: newId(), walletId, currency, amountMinor, tender: { kind: 'cash' } }));
}

/** The wallet's posted balance per currency, as customers.get reports it. */
export async function balancesOf(t: TestApp, customerId: string): Promise<Record<string, number>> {
  const detail = expectOk<Detail>(await t.call('customers.get', { customerId }));
  return Object.fromEntries(detail.balances.map((b) => [b.currency, b.balanceMinor]));
}

/** The merchant's account of a kind in a currency: its posted credits − debits. */
export async function merchantBalance(t: TestApp, kind: string, currency: string): Promise<number> {
  const row = await t.db.tx.read((tx) => tx.get(
    `SELECT a.credits_posted - a.debits_posted AS b FROM account a JOIN ledger l ON l.id = a.ledger_id
     WHERE a.owner_ref = 'merchant' AND a.kind = ? AND l.currency = ?`, [kind, currency]));
  return row ? Number(row['b']) : 0;
}

/** Journal kinds written after `seq`, in order. */
export async function kindsAfter(t: TestApp, seq: number): Promise<string[]> {
  return (await t.journalSince(seq)).map((r) => r.kind);
}

export const headSeq = async (t: TestApp): Promise<number> => (await t.mark()).headSeq;
