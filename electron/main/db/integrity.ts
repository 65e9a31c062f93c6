import type { Row, SqlConnection } from './driver';

export type IntegrityReport = {
  readonly ok: boolean;
  readonly problems: readonly string[];
  readonly quickCheckMs: number;
  readonly cipherCheckMs: number;
};

/**
 * Run on every open. `cipher_integrity_check` verifies every page HMAC (a flipped byte anywhere
 * in the file), `quick_check` the b-tree structure. Both read the whole file, so their time is
 * measured and reported against `OPEN_CHECK_BUDGET_MS` (bench B6, `npm run bench`).
 */
export const OPEN_CHECK_BUDGET_MS = 2000;

export async function checkIntegrity(
  connection: SqlConnection,
  inMemory: boolean,
): Promise<IntegrityReport> {
  const problems: string[] = [];
  // A page that fails its HMAC can make the check itself fail (SQLITE_ERROR, SQLITE_CORRUPT)
  // instead of reporting a row: that is a finding too, not an internal error.
  const rows = (pragma: string): Promise<Row[]> =>
    connection.allOnce(`PRAGMA ${pragma}`).catch((error: unknown) => {
      problems.push(`${pragma} failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
  const t0 = performance.now();
  const quick = await rows('quick_check');
  const t1 = performance.now();
  for (const row of quick) {
    const text = String(Object.values(row)[0]);
    if (text !== 'ok') problems.push(`quick_check: ${text}`);
  }
  // An in-memory database has no pages on disk to authenticate.
  const cipher = inMemory ? [] : await rows('cipher_integrity_check');
  const t2 = performance.now();
  for (const row of cipher) problems.push(`cipher_integrity_check: ${String(Object.values(row)[0])}`);
  return {
    ok: problems.length === 0,
    problems,
    quickCheckMs: t1 - t0,
    cipherCheckMs: t2 - t1,
  };
}
