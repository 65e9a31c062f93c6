import { stateJson } from '../../../../shared/domain/guarded-state';
import { bytesToUuid } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { readBytes, readInt, readText } from '../sql-value';
import { tableStateReader } from '../state-reader';
import { FX_RATE_COLUMNS } from './fx-rate.repo';

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const CUSTOMER_SQL = 'SELECT id, display_name, phone, email, note, search_key, created_at_ms FROM customer';
const WALLET_SQL = 'SELECT id, customer_id, address, created_at_ms FROM wallet';
const FX_RATE_SQL = `SELECT ${FX_RATE_COLUMNS} FROM fx_rate`;

function customerJson(row: Row): string {
  return stateJson('customer.state', {
    displayName: readText(row, 'display_name'), phone: text(row['phone']), email: text(row['email']), note: text(row['note']),
    searchKey: readText(row, 'search_key'), createdAtMs: readInt(row, 'created_at_ms'),
  });
}

function walletJson(row: Row): string {
  return stateJson('wallet.state', {
    customerId: bytesToUuid(readBytes(row, 'customer_id')), address: readText(row, 'address'), createdAtMs: readInt(row, 'created_at_ms'),
  });
}

// Read column by column (not through fxRateFrom) so a tampered value is reported, never thrown on.
function fxRateJson(row: Row): string {
  return stateJson('fx_rate.state', {
    base: row['base'], quote: row['quote'], rateNumerator: row['rate_numerator'], rateDenominator: row['rate_denominator'],
    rateText: row['rate_text'], source: row['source'], asOfMs: row['as_of_ms'], feeBps: row['fee_bps'], maxAgeMs: row['max_age_ms'],
    setByStaffId: row['set_by'], setAtMs: row['set_at_ms'],
  });
}

/** The customers-and-wallets domain's guarded state, as verify and the chaining read it. */
export const WALLET_STATE_READERS = {
  'customer.state': tableStateReader('customer', CUSTOMER_SQL, customerJson),
  'wallet.state': tableStateReader('wallet', WALLET_SQL, walletJson),
  'fx_rate.state': tableStateReader('FX rate', FX_RATE_SQL, fxRateJson),
} as const;
