import { cardLimits, type CardLimitsValue } from '../../../../shared/domain/cards';
import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { Row } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';

export type CardProgramRow = {
  readonly id: string;
  readonly name: string;
  readonly bin: string;
  readonly panLength: number;
  readonly expiryMonths: number;
  readonly currency: string;
  readonly limits: CardLimitsValue;
  readonly createdAtMs: number;
};

/** A new program; the caller chains its state (`card_program.state`) in the same transaction. */
export async function insertCardProgram(tx: WriteTx, p: CardProgramRow): Promise<void> {
  await tx.run(
    `INSERT INTO card_program (id, name, bin, pan_length, expiry_months, currency, limits, created_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [uuidToBytes(p.id), p.name, p.bin, int(p.panLength), int(p.expiryMonths), p.currency, JSON.stringify(cardLimits.parse(p.limits)), int(p.createdAtMs)],
  );
}

const COLUMNS = 'id, name, bin, pan_length, expiry_months, currency, limits, created_at_ms';

/** Limits as stored; a row that no longer fits its schema is a tampered table, which verify names. */
export function limitsFrom(row: Row): CardLimitsValue {
  return cardLimits.parse(JSON.parse(readText(row, 'limits')));
}

function programFrom(row: Row): CardProgramRow {
  return {
    id: bytesToUuid(readBytes(row, 'id')), name: readText(row, 'name'), bin: readText(row, 'bin'),
    panLength: readInt(row, 'pan_length'), expiryMonths: readInt(row, 'expiry_months'), currency: readText(row, 'currency'),
    limits: limitsFrom(row), createdAtMs: readInt(row, 'created_at_ms'),
  };
}

export async function findCardProgram(tx: ReadTx, id: string): Promise<CardProgramRow | undefined> {
  const row = await tx.get(`SELECT ${COLUMNS} FROM card_program WHERE id = ?`, [uuidToBytes(id)]);
  return row ? programFrom(row) : undefined;
}

/** Every program, by name; a shop has a handful. */
export async function listCardPrograms(tx: ReadTx, limit: number): Promise<CardProgramRow[]> {
  const rows = await tx.all(`SELECT ${COLUMNS} FROM card_program ORDER BY name, id LIMIT ?`, [int(limit)]);
  return rows.map(programFrom);
}
