import type { SqlConnection } from './driver';

export const BUSY_TIMEOUT_MS = 5000;

export type PragmaReport = {
  readonly journalMode: string;
  readonly synchronous: number;
  readonly foreignKeys: number;
  readonly busyTimeoutMs: number;
  readonly recursiveTriggers: number;
  readonly cipherVersion: string;
};

/**
 * Applied on every open, right after the key. FULL because with NORMAL a WAL commit may roll back
 * after a power loss; an acknowledged sale must survive that.
 */
export async function applyPragmas(connection: SqlConnection, inMemory: boolean): Promise<void> {
  await connection.exec(
    [
      inMemory ? 'PRAGMA journal_mode = MEMORY' : 'PRAGMA journal_mode = WAL',
      'PRAGMA synchronous = FULL',
      'PRAGMA foreign_keys = ON',
      `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
      // Without it, INSERT OR REPLACE deletes the conflicting row WITHOUT firing its DELETE
      // triggers (sqlite.org/lang_conflict.html), which rewrites an append-only row in place.
      'PRAGMA recursive_triggers = ON',
      'PRAGMA temp_store = MEMORY',
      process.platform === 'darwin' ? 'PRAGMA fullfsync = ON' : '',
    ]
      .filter(Boolean)
      .join(';\n'),
  );
}

export async function readPragmas(connection: SqlConnection): Promise<PragmaReport> {
  const one = async (pragma: string): Promise<unknown> => {
    const row = await connection.getOnce(`PRAGMA ${pragma}`);
    return row ? Object.values(row)[0] : undefined;
  };
  return {
    journalMode: String(await one('journal_mode')),
    synchronous: Number(await one('synchronous')),
    foreignKeys: Number(await one('foreign_keys')),
    busyTimeoutMs: Number(await one('busy_timeout')),
    recursiveTriggers: Number(await one('recursive_triggers')),
    cipherVersion: String(await one('cipher_version')),
  };
}

/** The startup self-test: refuse to run on settings we did not ask for. Returns the problems. */
export function pragmaProblems(report: PragmaReport, inMemory: boolean): string[] {
  const problems: string[] = [];
  const wantJournal = inMemory ? 'memory' : 'wal';
  if (report.journalMode !== wantJournal) problems.push(`journal_mode is ${report.journalMode}`);
  if (report.synchronous !== 2) problems.push(`synchronous is ${report.synchronous}, not FULL`);
  if (report.foreignKeys !== 1) problems.push('foreign_keys is off');
  if (report.busyTimeoutMs < BUSY_TIMEOUT_MS) problems.push(`busy_timeout ${report.busyTimeoutMs}`);
  if (report.recursiveTriggers !== 1) problems.push('recursive_triggers is off (REPLACE skips append-only triggers)');
  if (!report.cipherVersion || report.cipherVersion === 'undefined') {
    problems.push('SQLCipher is not active');
  }
  return problems;
}
