import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/main/db/connection';
import { insertCashMovement } from '../../../electron/main/db/repositories/cash-movement.repo';
import { closeShiftRow, insertShift, openShift } from '../../../electron/main/db/repositories/shift.repo';
import { insertZReport, type ZRow } from '../../../electron/main/db/repositories/z-report.repo';
import { newId, uuidToBytes } from '../../../shared/domain/ids';
import { openTestDb } from '../../support/test-db';

/**
 * Migration 110 (shifts): money columns hold integers only, one open shift per terminal, a shift
 * only ever changes by closing once, cash movements and Z rows are append-only, Z numbers are
 * gapless per terminal.
 */
let db: Database;
const staffId = newId();
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(async () => db.close());

type Arg = string | number | Uint8Array | null;
const attempt = (sql: string, args: Arg[] = []) => db.tx.write((tx) => tx.run(sql, args)).then(() => 'written', (e: unknown) => String(e));

async function shiftOn(terminalId: string, id = newId()): Promise<string> {
  const inserted = await db.tx.write((tx) => insertShift(tx, { id, terminalId, currency: 'CNY', openedBy: staffId, openedAtMs: 1000, floatMinor: 500 }));
  expect(inserted).toBe(true);
  return id;
}

function zRow(terminalId: string, zNumber: number, shiftId: string, seq: number): ZRow {
  return {
    terminalId, zNumber, shiftId, seq, currency: 'CNY', closedAtMs: 2000, firstSeq: 1, lastSeq: seq - 1, headMac: new Uint8Array(32),
    canonical: new Uint8Array([1]), signature: new Uint8Array(randomBytes(64)), publicKey: new Uint8Array(32),
  };
}

describe('migration 0110', () => {
  it('refuses a float that is not an integer, or negative', async () => {
    const sql = "INSERT INTO shift (id, terminal_id, currency, opened_by, opened_at_ms, float_minor) VALUES (?, 't', 'CNY', ?, 1, ?)";
    for (const bad of ['1999', 1.5, -1, 100_000_000_001]) {
      expect(await attempt(sql, [uuidToBytes(newId()), uuidToBytes(staffId), bad])).toMatch(/CHECK constraint failed/);
    }
    expect(await attempt(sql, [uuidToBytes(newId()), uuidToBytes(staffId), 0])).toBe('written');
  });

  it('allows one open shift per terminal, and finds it for SALES', async () => {
    await db.tx.write((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('terminal_id', 'till-1') ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const first = await shiftOn('till-1');
    expect(await db.tx.write((tx) => insertShift(tx, { id: newId(), terminalId: 'till-1', currency: 'CNY', openedBy: staffId, openedAtMs: 1, floatMinor: 0 }))).toBe(false);
    await shiftOn('till-2');
    expect(await db.tx.read((tx) => openShift(tx))).toEqual({ shiftId: first, currency: 'CNY', openedBy: staffId });
    await db.tx.write((tx) => closeShiftRow(tx, first, { closedAtMs: 2, closedBy: staffId, countedCashMinor: 500, expectedCashMinor: 500 }));
    expect(await db.tx.read((tx) => openShift(tx))).toBeNull();
    await shiftOn('till-1');
  });

  it('a shift changes only by closing, once, with every closing column; it is never deleted', async () => {
    const id = await shiftOn('till-1');
    const key = uuidToBytes(id);
    expect(await attempt('UPDATE shift SET float_minor = 1 WHERE id = ?', [key])).toMatch(/append_only/);
    expect(await attempt('UPDATE shift SET closed_at_ms = 5 WHERE id = ?', [key])).toMatch(/shift_closed_fields/);
    expect(await db.tx.write((tx) => closeShiftRow(tx, id, { closedAtMs: 5, closedBy: staffId, countedCashMinor: 400, expectedCashMinor: -3 }))).toBe(true);
    expect(await attempt('UPDATE shift SET counted_cash_minor = 500 WHERE id = ?', [key])).toMatch(/append_only/);
    expect(await attempt('DELETE FROM shift WHERE id = ?', [key])).toMatch(/append_only/);
  });

  it('cash movements are append-only, integer amounts, and a no-sale moves nothing', async () => {
    const shiftId = await shiftOn('till-1');
    const m = { id: newId(), shiftId, kind: 'paid_in' as const, amountMinor: 100, reason: 'coins', staffId, atMs: 3 };
    await db.tx.write((tx) => insertCashMovement(tx, m));
    expect(await attempt('UPDATE cash_movement SET amount_minor = 1')).toMatch(/append_only/);
    expect(await attempt('DELETE FROM cash_movement')).toMatch(/append_only/);
    const sql = 'INSERT INTO cash_movement (id, shift_id, kind, amount_minor, reason, staff_id, at_ms) VALUES (?, ?, ?, ?, ?, ?, 1)';
    const args = (kind: string, amount: Arg): Arg[] => [uuidToBytes(newId()), uuidToBytes(shiftId), kind, amount, 'why', uuidToBytes(staffId)];
    expect(await attempt(sql, args('paid_out', '100'))).toMatch(/CHECK constraint failed/);
    expect(await attempt(sql, args('no_sale', 5))).toMatch(/cash_movement_amount/);
    expect(await attempt(sql, args('paid_in', 0))).toMatch(/cash_movement_amount/);
    expect(await attempt(sql, args('no_sale', 0))).toBe('written');
  });

  it('Z numbers are gapless per terminal, and a Z row never changes', async () => {
    const [a, b, c] = [await shiftOn('till-1'), await shiftOn('till-2'), newId()];
    const insert = (row: ZRow) => db.tx.write((tx) => insertZReport(tx, row)).then(() => 'written', (e: unknown) => String(e));
    expect(await insert(zRow('till-1', 2, a, 10))).toMatch(/z_number_gap/);
    expect(await insert(zRow('till-1', 1, a, 10))).toBe('written');
    expect(await insert(zRow('till-2', 1, b, 11))).toBe('written');
    expect(await insert(zRow('till-1', 3, c, 12))).toMatch(/z_number_gap/);
    expect(await attempt("UPDATE z_report SET signature = zeroblob(64) WHERE terminal_id = 'till-1'")).toMatch(/append_only/);
    expect(await attempt('DELETE FROM z_report')).toMatch(/append_only/);
  });
});
