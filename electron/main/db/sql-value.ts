/**
 * The driver binds a BigInt or NaN as NULL without complaint and floats as REAL, so every integer
 * we bind passes through here first. A non-safe integer at this point is a bug, not bad input:
 * input validation rejected bad values long before, so we throw.
 */
export function int(value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(`not a safe integer bound to SQL: ${String(value)}`);
  }
  return value;
}

/** Rows come back as loosely typed records; read integer columns through this guard. */
export function readInt(row: Record<string, unknown>, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new TypeError(`column ${column} is not a safe integer: ${String(value)}`);
  }
  return value;
}

export function readText(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`column ${column} is not text`);
  return value;
}

export function readBytes(row: Record<string, unknown>, column: string): Uint8Array {
  const value = row[column];
  if (!(value instanceof Uint8Array)) throw new TypeError(`column ${column} is not a blob`);
  return value;
}

/**
 * SQLite's hex() of a 16-byte blob (32 hex digits) in the lowercase text form of an id; null for
 * anything else (hex(NULL) is ''). For reads that fetch many rows as one JSON value.
 */
export function idOfHex(v: unknown): string | null {
  if (typeof v !== 'string' || v.length !== 32) return null;
  const h = v.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
