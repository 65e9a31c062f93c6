import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChainMac } from '../../electron/main/db/chain-mac';
import { createDatabase, MEMORY, type Database, type OpenOptions } from '../../electron/main/db/connection';
import { openLedgerBook, type LedgerBook } from '../../electron/main/app/ledger/ledger-book';
import type { Actor } from '../../electron/main/app/ledger/ports';
import type { Clock } from '../../electron/main/core/ports';

export const TEST_ACTOR: Actor = { staffId: 'staff-test' };
export const TEST_TERMINAL = 'terminal-test';

/** A clock the test moves by hand. */
export class FixedClock implements Clock {
  constructor(public now = 1_767_225_600_000) {}
  nowMs(): number {
    return this.now;
  }
  advance(ms: number): void {
    this.now += ms;
  }
}

export function tempDir(prefix = 'tillbook-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function openTestDb(overrides: Partial<OpenOptions> = {}): Promise<Database> {
  const opened = await createDatabase({ file: MEMORY, key: randomBytes(32), ...overrides });
  if (!opened.ok) throw new Error(`test db: ${opened.error.code} ${opened.error.message}`);
  return opened.value;
}

export type TestLedger = { db: Database; store: LedgerBook; clock: FixedClock; mac: ChainMac };

export async function openTestLedger(overrides: Partial<OpenOptions> = {}): Promise<TestLedger> {
  const db = await openTestDb(overrides);
  const clock = new FixedClock();
  const mac = new ChainMac(randomBytes(32));
  const store = await openLedgerBook({ db, mac, clock, terminalId: TEST_TERMINAL });
  return { db, store, clock, mac };
}
