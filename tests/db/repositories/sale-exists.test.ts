import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/main/db/connection';
import { hasCompletedSales } from '../../../electron/main/db/repositories/sale-exists.repo';
import { insertSaleRow, saleTableExists } from '../../app/settings/sale-row';
import { openTestDb } from '../../support/test-db';

let db: Database | undefined;
afterEach(async () => db?.close());

const salesExist = (d: Database) => d.tx.read(hasCompletedSales);

describe('hasCompletedSales', () => {
  it('is false before the sales migration: there is no sale table', async () => {
    db = await openTestDb({ migrateTo: 119 });
    expect(await saleTableExists(db)).toBe(false);
    expect(await salesExist(db)).toBe(false);
  });

  it('over a table of our own: false while empty, true with one row', async () => {
    // The same question without depending on the sales schema: a database stopped before 120.
    db = await openTestDb({ migrateTo: 119 });
    await db.tx.write((tx) => tx.exec('CREATE TABLE sale (id INTEGER PRIMARY KEY)'));
    expect(await salesExist(db)).toBe(false);
    await db.tx.write((tx) => tx.run('INSERT INTO sale (id) VALUES (1)'));
    expect(await salesExist(db)).toBe(true);
  });

  it('with the real sales schema: false on a new database, true after a sale, still true once it is voided', async () => {
    db = await openTestDb();
    expect(await saleTableExists(db)).toBe(true);
    expect(await salesExist(db)).toBe(false);
    await insertSaleRow(db, 'CNY', 'voided');
    expect(await salesExist(db)).toBe(true);
  });
});
