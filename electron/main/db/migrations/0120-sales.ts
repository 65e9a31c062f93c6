import type { Migration } from './migration';

const money = (column: string): string => `${column} ANY NOT NULL CHECK (typeof(${column}) = 'integer' AND ${column} BETWEEN 0 AND 100000000000)`;
const signedMoney = (column: string): string =>
  `${column} ANY NOT NULL CHECK (typeof(${column}) = 'integer' AND ${column} BETWEEN -100000000000 AND 100000000000)`;
const id = (column: string): string => `${column} BLOB NOT NULL CHECK (length(${column}) = 16)`;
const optionalId = (column: string): string => `${column} BLOB CHECK (${column} IS NULL OR length(${column}) = 16)`;

const appendOnly = (table: string): string => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only: ${table} rows are immutable'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only: ${table} rows are immutable'); END;`;

const noDelete = (table: string): string => `
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'append_only: ${table} rows are never deleted'); END;`;

/**
 * Counter sales (issue 9 §3, §5). A sale, its lines and its tenders are written once, in the
 * transaction that posts the sale's ledger batch and appends its `sale.completed` record; the
 * only later change is `status` from completed to voided. Refunds and voids are rows of their
 * own (reversing transfers in the ledger), so nothing is ever deleted. Receipt numbers are
 * gapless per terminal: allocated as MAX + 1 inside the write transaction (BEGIN IMMEDIATE), the
 * UNIQUE constraint the last word. The column names of section D are read by shifts and
 * reports; columns may be added, never renamed.
 */
const SALE = `
CREATE TABLE sale (
  ${id('id')} PRIMARY KEY,
  receipt_no INTEGER NOT NULL CHECK (receipt_no >= 1),
  terminal_id TEXT NOT NULL,
  ${id('shift_id')},
  ${id('staff_id')},
  completed_at_ms INTEGER NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  ${money('subtotal_minor')},
  ${money('discount_minor')},
  ${money('net_minor')},
  ${money('tax_minor')},
  ${money('total_minor')},
  ${signedMoney('cash_rounding_minor')},
  ${money('change_minor')},
  status TEXT NOT NULL CHECK (status IN ('completed', 'voided')),
  demo INTEGER NOT NULL CHECK (demo IN (0, 1)),
  prices_include_tax INTEGER NOT NULL CHECK (prices_include_tax IN (0, 1)),
  -- SHA-256 of the canonical request: a repeat of the sale id with another cart or tenders is a conflict.
  request_hash BLOB NOT NULL CHECK (length(request_hash) = 32),
  CONSTRAINT sale_receipt_no_unique UNIQUE (terminal_id, receipt_no),
  CONSTRAINT sale_total_parts CHECK (total_minor = net_minor + tax_minor)
) STRICT, WITHOUT ROWID;
CREATE INDEX sale_by_shift ON sale(shift_id, completed_at_ms);
CREATE INDEX sale_by_time ON sale(completed_at_ms);
CREATE TRIGGER sale_only_voids BEFORE UPDATE ON sale
WHEN NOT (OLD.status = 'completed' AND NEW.status = 'voided'
  AND NEW.id IS OLD.id AND NEW.receipt_no IS OLD.receipt_no AND NEW.terminal_id IS OLD.terminal_id
  AND NEW.total_minor IS OLD.total_minor AND NEW.net_minor IS OLD.net_minor AND NEW.tax_minor IS OLD.tax_minor
  AND NEW.completed_at_ms IS OLD.completed_at_ms AND NEW.shift_id IS OLD.shift_id)
BEGIN SELECT RAISE(ABORT, 'append_only: a sale only goes from completed to voided'); END;
${noDelete('sale')}

CREATE TABLE sale_line (
  ${id('line_id')} PRIMARY KEY,
  ${id('sale_id')} REFERENCES sale(id),
  line_no INTEGER NOT NULL CHECK (line_no >= 0),
  ${id('product_id')},
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  ${optionalId('category_id')},
  category_name TEXT,
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli BETWEEN 1 AND 1000000000),
  ${money('unit_price_minor')},
  ${money('gross_minor')},
  ${money('discount_minor')},
  ${money('net_minor')},
  ${money('tax_minor')},
  ${money('total_minor')},
  tax_class TEXT NOT NULL,
  tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  ${optionalId('override_id')},
  CONSTRAINT sale_line_no_unique UNIQUE (sale_id, line_no)
) STRICT, WITHOUT ROWID;
CREATE INDEX sale_line_by_product ON sale_line(product_id);
${appendOnly('sale_line')}

CREATE TABLE sale_tender (
  ${id('tender_id')} PRIMARY KEY,
  ${id('sale_id')} REFERENCES sale(id),
  tender_no INTEGER NOT NULL CHECK (tender_no >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'wallet', 'external_card', 'provider')),
  -- What the tender paid towards the sale (cash: the cash due, after rounding; not what was handed over).
  ${money('amount_minor')},
  cash_handed_minor ANY CHECK (cash_handed_minor IS NULL OR (typeof(cash_handed_minor) = 'integer' AND cash_handed_minor >= amount_minor)),
  reference TEXT CHECK (reference IS NULL OR length(reference) <= 64),
  ${optionalId('card_id')},
  last4 TEXT CHECK (last4 IS NULL OR (length(last4) = 4 AND last4 NOT GLOB '*[^0-9]*')),
  ${optionalId('authorization_id')},
  ${optionalId('wallet_id')},
  ${optionalId('account_id')},
  ${optionalId('payment_id')},
  -- A card's or wallet's balance just after the sale, for the receipt.
  balance_after_minor ANY CHECK (balance_after_minor IS NULL OR (typeof(balance_after_minor) = 'integer')),
  CONSTRAINT sale_tender_no_unique UNIQUE (sale_id, tender_no),
  CONSTRAINT sale_tender_cash_only CHECK ((cash_handed_minor IS NOT NULL) = (kind = 'cash'))
) STRICT, WITHOUT ROWID;
-- An authorisation or a provider payment pays one sale only.
CREATE UNIQUE INDEX sale_tender_authorization ON sale_tender(authorization_id) WHERE authorization_id IS NOT NULL;
CREATE UNIQUE INDEX sale_tender_payment ON sale_tender(payment_id) WHERE payment_id IS NOT NULL;
${appendOnly('sale_tender')}
`;

const REFUND = `
CREATE TABLE refund (
  ${id('id')} PRIMARY KEY,
  ${id('sale_id')} REFERENCES sale(id),
  kind TEXT NOT NULL CHECK (kind IN ('refund', 'void')),
  -- The refund slip's own gapless number per terminal (printed 'R' + number).
  receipt_no INTEGER NOT NULL CHECK (receipt_no >= 1),
  terminal_id TEXT NOT NULL,
  at_ms INTEGER NOT NULL,
  ${id('staff_id')},
  ${id('approved_by')},
  ${id('shift_id')},
  ${money('net_minor')},
  ${money('tax_minor')},
  ${money('total_minor')},
  request_hash BLOB NOT NULL CHECK (length(request_hash) = 32),
  CONSTRAINT refund_receipt_no_unique UNIQUE (terminal_id, receipt_no),
  CONSTRAINT refund_total_parts CHECK (total_minor = net_minor + tax_minor)
) STRICT, WITHOUT ROWID;
CREATE INDEX refund_by_sale ON refund(sale_id, at_ms);
CREATE INDEX refund_by_shift ON refund(shift_id, at_ms);
CREATE UNIQUE INDEX refund_one_void ON refund(sale_id) WHERE kind = 'void';
${appendOnly('refund')}

CREATE TABLE refund_line (
  ${id('refund_id')} REFERENCES refund(id),
  ${id('line_id')} REFERENCES sale_line(line_id),
  quantity_milli INTEGER NOT NULL CHECK (quantity_milli BETWEEN 1 AND 1000000000),
  ${money('net_minor')},
  ${money('tax_minor')},
  ${money('total_minor')},
  PRIMARY KEY (refund_id, line_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX refund_line_by_line ON refund_line(line_id);
${appendOnly('refund_line')}

CREATE TABLE refund_tender (
  ${id('refund_id')} REFERENCES refund(id),
  ${id('tender_id')} REFERENCES sale_tender(tender_id),
  kind TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'wallet', 'external_card', 'provider')),
  ${money('amount_minor')},
  PRIMARY KEY (refund_id, tender_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX refund_tender_by_tender ON refund_tender(tender_id);
${appendOnly('refund_tender')}
`;

/**
 * Provider payments (one row per payment id: pending → approved / declined / unknown, an unknown
 * one resolved by lookup), approved price overrides, parked carts and receipt prints.
 */
const SUPPORT = `
CREATE TABLE payment (
  ${id('id')} PRIMARY KEY,
  ${id('sale_id')},
  method TEXT NOT NULL CHECK (method IN ('alipay', 'wechat_pay', 'unionpay_qr')),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  amount_minor ANY NOT NULL CHECK (typeof(amount_minor) = 'integer' AND amount_minor BETWEEN 1 AND 100000000000),
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'declined', 'unknown')),
  provider TEXT NOT NULL,
  provider_reference TEXT CHECK (provider_reference IS NULL OR length(provider_reference) <= 64),
  ${id('staff_id')},
  requested_at_ms INTEGER NOT NULL,
  resolved_at_ms INTEGER
) STRICT, WITHOUT ROWID;
-- A decided payment never changes; an open one (pending / unknown) only moves on.
CREATE TRIGGER payment_decided_once BEFORE UPDATE ON payment
WHEN OLD.status IN ('approved', 'declined') OR NEW.id IS NOT OLD.id OR NEW.amount_minor IS NOT OLD.amount_minor
  OR NEW.sale_id IS NOT OLD.sale_id OR NEW.currency IS NOT OLD.currency OR NEW.method IS NOT OLD.method
BEGIN SELECT RAISE(ABORT, 'append_only: a decided payment never changes'); END;
${noDelete('payment')}

CREATE TABLE price_override (
  ${id('id')} PRIMARY KEY,
  ${id('cart_id')},
  ${id('line_id')},
  ${id('product_id')},
  ${money('unit_price_minor')},
  ${id('staff_id')},
  ${id('approved_by')},
  at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
${appendOnly('price_override')}

CREATE TABLE parked_cart (
  ${id('cart_id')} PRIMARY KEY,
  terminal_id TEXT NOT NULL,
  label TEXT CHECK (label IS NULL OR length(label) <= 60),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  cart_json TEXT NOT NULL,
  line_count INTEGER NOT NULL CHECK (line_count BETWEEN 0 AND 500),
  state TEXT NOT NULL CHECK (state IN ('parked', 'resumed', 'discarded')),
  ${id('parked_by')},
  parked_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX parked_cart_by_state ON parked_cart(terminal_id, state, parked_at_ms);
${noDelete('parked_cart')}

CREATE TABLE receipt_print (
  ${id('receipt_id')},
  printed_at_ms INTEGER NOT NULL,
  ${id('staff_id')},
  PRIMARY KEY (receipt_id, printed_at_ms, staff_id)
) STRICT, WITHOUT ROWID;
${appendOnly('receipt_print')}
`;

export const migration0120: Migration = {
  version: 120,
  name: 'sales',
  async up(tx) {
    await tx.exec(SALE);
    await tx.exec(REFUND);
    await tx.exec(SUPPORT);
  },
};
