import type { DomainPorts } from '../domain-ports';
import { convertCurrency, type ConvertCurrency } from './convert-currency';
import { createCustomer, type CreateCustomer } from './create-customer';
import { listCustomers, searchCustomers, type ListCustomers, type SearchCustomers } from './customer-pages';
import { getCustomer, type GetCustomer } from './get-customer';
import { listFxRates, type ListFxRates } from './list-fx-rates';
import { lookupWallet, type LookupWallet } from './lookup-wallet';
import { setFxRate, type SetFxRate } from './set-fx-rate';
import { topUpWallet, type TopUpWallet } from './top-up-wallet';
import { transferBetweenWallets, type TransferBetweenWallets } from './transfer-between-wallets';
import { updateCustomer, type UpdateCustomer } from './update-customer';
import { walletStatement, type WalletStatement } from './wallet-statement';

/** The bound use cases of the wallets domain. */
export type WalletUseCases = {
  readonly createCustomer: CreateCustomer;
  readonly updateCustomer: UpdateCustomer;
  readonly getCustomer: GetCustomer;
  readonly searchCustomers: SearchCustomers;
  readonly listCustomers: ListCustomers;
  readonly lookupWallet: LookupWallet;
  readonly topUp: TopUpWallet;
  readonly transfer: TransferBetweenWallets;
  readonly convert: ConvertCurrency;
  readonly statement: WalletStatement;
  readonly setFxRate: SetFxRate;
  readonly listFxRates: ListFxRates;
};

export function assembleWalletUseCases(ports: DomainPorts): WalletUseCases {
  const ledger = { db: ports.db, mac: ports.mac, terminalId: ports.terminalId, clock: ports.clock };
  return {
    createCustomer: createCustomer({ ...ledger, random: ports.random }),
    updateCustomer: updateCustomer(ledger),
    getCustomer: getCustomer(ledger),
    searchCustomers: searchCustomers(ledger),
    listCustomers: listCustomers(ledger),
    lookupWallet: lookupWallet(ledger),
    topUp: topUpWallet(ledger),
    transfer: transferBetweenWallets(ledger),
    convert: convertCurrency(ledger),
    statement: walletStatement(ledger),
    setFxRate: setFxRate(ledger),
    listFxRates: listFxRates(ledger),
  };
}
