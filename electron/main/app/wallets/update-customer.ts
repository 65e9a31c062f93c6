import { err, ok, type Result } from '../../../../shared/domain/result';
import { changedCustomer, type CustomerChange } from '../../core/customers/customer-profile';
import { findCustomer, updateCustomer as writeCustomer } from '../../db/repositories/customer.repo';
import { chainState } from '../../db/repositories/state.repo';
import { findWalletOfCustomer } from '../../db/repositories/wallet.repo';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { customerView, type CustomerView } from './wallet-reads';

export type UpdateCustomerInput = CustomerChange & { readonly customerId: string };
export type UpdateCustomer = (input: UpdateCustomerInput, actor: Actor) => Promise<Result<CustomerView>>;

/**
 * Changes the fields given (null clears phone, email or note), recomputes the search key and
 * chains the new state. A change that changes nothing writes nothing (chaining skips an
 * unchanged state), so repeating an update is harmless.
 */
export function updateCustomer(ports: LedgerWritePorts): UpdateCustomer {
  return async (input, _actor) =>
    ports.db.tx.write(async (tx) => {
      const current = await findCustomer(tx, input.customerId);
      const wallet = current ? await findWalletOfCustomer(tx, current.id) : undefined;
      if (!current || !wallet) return err('not_found', 'no such customer');
      const fields = changedCustomer(current, input);
      if (!fields.ok) return fields;
      await writeCustomer(tx, { id: current.id, ...fields.value });
      await chainState(tx, ports.mac, 'customer.state', current.id, ports.clock.nowMs());
      return ok(customerView({ ...current, ...fields.value }, wallet));
    });
}
