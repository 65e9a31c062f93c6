import { err, ok, type Result } from '../../../../shared/domain/result';
import type { RandomBytes } from '../../../../shared/domain/check-char';
import { newId } from '../../../../shared/domain/ids';
import { newWalletAddress } from '../../../../shared/domain/wallet-address';
import { customerFields, sameCustomer, type CustomerFields, type CustomerInput } from '../../core/customers/customer-profile';
import { refusalOf } from '../../db/constraint-errors';
import { findCustomer, firstCustomerState, insertCustomer, type CustomerRow } from '../../db/repositories/customer.repo';
import { chainState } from '../../db/repositories/state.repo';
import { findWalletOfCustomer, insertWallet, type WalletRow } from '../../db/repositories/wallet.repo';
import type { WriteTx } from '../../db/tx';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { customerView, type CustomerView } from './wallet-reads';

export type CreateCustomerInput = CustomerInput & { readonly id: string };
export type CustomerCreated = CustomerView & { readonly replayed: boolean };
export type CreateCustomer = (input: CreateCustomerInput, actor: Actor) => Promise<Result<CustomerCreated>>;

export type CreateCustomerPorts = LedgerWritePorts & { readonly random: RandomBytes };

/**
 * 55 random bits per address: a collision is rare until there are hundreds of millions of
 * wallets, and eight in a row means the random source is broken, not that addresses ran out.
 */
const ADDRESS_ATTEMPTS = 8;

/**
 * Registers a customer and opens their wallet, both chained, in one transaction. Idempotent by
 * the client's customer id: repeated with the same details it answers the customer (and wallet)
 * already there, with `replayed`; with other details it is `id_exists_with_different_content`.
 * The details are compared with the customer as created (its first chained state), so a repeat
 * arriving after an update is still recognised.
 */
export function createCustomer(ports: CreateCustomerPorts): CreateCustomer {
  return async (input, _actor) => {
    const fields = customerFields(input);
    if (!fields.ok) return fields;
    return ports.db.tx.write(async (tx) => {
      const existing = await findCustomer(tx, input.id);
      if (existing) return repeated(tx, existing, fields.value);
      const nowMs = ports.clock.nowMs();
      const customer: CustomerRow = { id: input.id, ...fields.value, createdAtMs: nowMs };
      await insertCustomer(tx, customer);
      await chainState(tx, ports.mac, 'customer.state', customer.id, nowMs);
      const wallet = await openWallet(tx, ports, customer.id, nowMs);
      return ok({ ...customerView(customer, wallet), replayed: false });
    });
  };
}

async function repeated(tx: WriteTx, existing: CustomerRow, fields: CustomerFields): Promise<Result<CustomerCreated>> {
  const first = await firstCustomerState(tx, existing.id);
  const wallet = await findWalletOfCustomer(tx, existing.id);
  if (!first || !wallet) throw new Error(`customer ${existing.id} has no chained state or no wallet`);
  if (!sameCustomer(fields, JSON.parse(first) as Parameters<typeof sameCustomer>[1])) {
    return err('id_exists_with_different_content', 'this customer id was already used for other details');
  }
  return ok({ ...customerView(existing, wallet), replayed: true });
}

/**
 * A wallet with a fresh random address. The unique index has the final word: a taken address is
 * refused by it (only that statement fails), and another is drawn.
 */
async function openWallet(tx: WriteTx, ports: CreateCustomerPorts, customerId: string, nowMs: number): Promise<WalletRow> {
  for (let attempt = 0; attempt < ADDRESS_ATTEMPTS; attempt += 1) {
    const wallet: WalletRow = { id: newId(), customerId, address: newWalletAddress(ports.random), createdAtMs: nowMs };
    try {
      await insertWallet(tx, wallet);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal?.by === 'unique' && refusal.name === 'wallet.address') continue;
      throw error;
    }
    await chainState(tx, ports.mac, 'wallet.state', wallet.id, nowMs);
    return wallet;
  }
  throw new Error(`no free wallet address after ${ADDRESS_ATTEMPTS} draws: the random source is broken`);
}
