import type { Migration } from './migration';

/**
 * The catalog (issue 9 §1). A product has an integer rowid (`pk`) besides its UUID so that the
 * full-text index can name it; everything outside the catalog names a product by `id`. SKUs are
 * unique without regard to ASCII case (a label printer's "ab-1" is the same item as "AB-1"), and
 * a barcode belongs to one product at most. Prices are one row per (product, currency), in
 * integer minor units; a sale keeps the price it used, so a price row is plain data, not chained
 * (every change is audited: `audit.catalogProductSaved`, `audit.catalogImported`).
 *
 * `product_fts` is an FTS5 index with the trigram tokenizer over the name, the SKU and the
 * barcodes: any 3+ characters of a name match, Chinese names included, without a word
 * segmenter. Triggers keep it current, so no writer can forget it.
 */
const SCHEMA = `
CREATE TABLE category (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  name TEXT NOT NULL COLLATE NOCASE CONSTRAINT category_name_unique UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
  created_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE product (
  pk INTEGER PRIMARY KEY,
  id BLOB NOT NULL CONSTRAINT product_id_unique UNIQUE CHECK (length(id) = 16),
  sku TEXT NOT NULL COLLATE NOCASE CONSTRAINT product_sku_unique UNIQUE CHECK (length(sku) BETWEEN 1 AND 40),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  category_id BLOB REFERENCES category(id),
  tax_class TEXT NOT NULL CHECK (length(tax_class) BETWEEN 1 AND 32),
  unit TEXT NOT NULL CHECK (unit IN ('each', 'weight')),
  active INTEGER NOT NULL CHECK (active IN (0, 1)),
  created_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL
) STRICT;
CREATE INDEX product_by_name ON product(name COLLATE NOCASE);
CREATE INDEX product_by_category ON product(category_id, name COLLATE NOCASE);

CREATE TABLE product_barcode (
  barcode TEXT PRIMARY KEY CHECK (length(barcode) BETWEEN 1 AND 48),
  product_id BLOB NOT NULL REFERENCES product(id)
) STRICT, WITHOUT ROWID;
CREATE INDEX product_barcode_by_product ON product_barcode(product_id);

CREATE TABLE product_price (
  product_id BLOB NOT NULL REFERENCES product(id),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  -- ANY + typeof, as every amount column: a STRICT INTEGER column would coerce '1999' first.
  unit_price_minor ANY NOT NULL CHECK (typeof(unit_price_minor) = 'integer' AND unit_price_minor BETWEEN 1 AND 100000000000),
  updated_at_ms INTEGER NOT NULL,
  PRIMARY KEY (product_id, currency)
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE product_fts USING fts5(name, sku, barcodes, tokenize = 'trigram');

CREATE TRIGGER product_fts_insert AFTER INSERT ON product BEGIN
  INSERT INTO product_fts (rowid, name, sku, barcodes) VALUES (new.pk, new.name, new.sku, '');
END;
CREATE TRIGGER product_fts_update AFTER UPDATE OF name, sku ON product BEGIN
  UPDATE product_fts SET name = new.name, sku = new.sku WHERE rowid = new.pk;
END;
CREATE TRIGGER product_fts_delete AFTER DELETE ON product BEGIN
  DELETE FROM product_fts WHERE rowid = old.pk;
END;
CREATE TRIGGER product_barcode_fts_insert AFTER INSERT ON product_barcode BEGIN
  UPDATE product_fts SET barcodes = (SELECT group_concat(barcode, ' ') FROM product_barcode WHERE product_id = new.product_id)
    WHERE rowid = (SELECT pk FROM product WHERE id = new.product_id);
END;
CREATE TRIGGER product_barcode_fts_delete AFTER DELETE ON product_barcode BEGIN
  UPDATE product_fts SET barcodes = coalesce((SELECT group_concat(barcode, ' ') FROM product_barcode WHERE product_id = old.product_id), '')
    WHERE rowid = (SELECT pk FROM product WHERE id = old.product_id);
END;
`;

export const migration0100: Migration = {
  version: 100,
  name: 'catalog',
  async up(tx) {
    await tx.exec(SCHEMA);
  },
};
