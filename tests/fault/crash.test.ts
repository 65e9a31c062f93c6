/**
 * Crash test (docs/ledger.md §3, §4, §8): a child process (crash-child.ts) writes linked batches to a
 * file database and acknowledges each committed batch on stdout; we SIGKILL it at a random moment,
 * reopen the same data dir and require that no acknowledged batch is lost, the chain and every
 * cached balance verify, debits = credits per ledger, and SQLite's integrity_check passes. Repeated
 * ROUNDS times on one data dir, so each round also starts from a database recovered after a kill.
 *
 * CRASH_ROUNDS sets the rounds (default 30); FC_SEED replays the kill timings and the child's mix.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedgerDatabase } from '../../electron/main/db/data-dir';
import { readOutbox } from '../../electron/main/db/repositories/outbox.repo';
import { verifyLedger } from '../../electron/main/db/verify';
import { bytesToUuid, isUuidV7 } from '../../shared/domain/ids';
import { fcSeed } from '../support/fc-seed';
import { tempDir } from '../support/test-db';
import { prng } from '../support/prng';

const ROUNDS = Number(process.env['CRASH_ROUNDS'] ?? 30);
const ROOT = resolve(import.meta.dirname, '../..');
const CHILD = join(ROOT, 'tests/fault/crash-child.ts');
const FIRST_ACK_TIMEOUT_MS = 20_000;
/** A safety net, not a measurement: generous per round, so a loaded machine only runs longer. */
const TEST_TIMEOUT_MS = Math.max(600_000, ROUNDS * 15_000);

type Round = { acked: string[]; killedAfterMs: number; stderr: string };

/** Runs the child until `delayMs` after its first acknowledgement, then SIGKILLs it. */
function runChild(dir: string, dbHex: string, rootHex: string, childSeed: number, delayMs: number): Promise<Round> {
  return new Promise((resolveRound, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, dbHex, rootHex, String(childSeed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let partial = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    let firstAckAt = 0;
    const noAck = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child gave no acknowledgement within ${FIRST_ACK_TIMEOUT_MS} ms; stderr:\n${stderr}`));
    }, FIRST_ACK_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      // A line without its newline may have been cut by the kill; it was never fully acknowledged.
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!isUuidV7(line)) {
          child.kill('SIGKILL');
          reject(new Error(`unexpected child output: ${JSON.stringify(line)}`));
          return;
        }
        acked.push(line);
      }
      if (acked.length > 0 && killTimer === undefined) {
        clearTimeout(noAck);
        firstAckAt = performance.now();
        killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(noAck);
      if (killTimer) clearTimeout(killTimer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child exited by itself (code ${String(code)}, signal ${String(signal)}); stderr:\n${stderr}`));
        return;
      }
      resolveRound({ acked, killedAfterMs: performance.now() - firstAckAt, stderr });
    });
  });
}

describe('crash: SIGKILL during concurrent linked batches', () => {
  it(`${ROUNDS} rounds lose no acknowledged batch and leave a ledger that verifies`, async () => {
    const seed = fcSeed('crash');
    const random = prng(seed);
    const keys = { db: new Uint8Array(randomBytes(32)), root: new Uint8Array(randomBytes(32)) };
    const dbHex = Buffer.from(keys.db).toString('hex');
    const rootHex = Buffer.from(keys.root).toString('hex');
    const { dir, cleanup } = tempDir('tillbook-crash-');
    const acked = new Set<string>();
    const started = performance.now();
    let head = { seq: 0, mac: '' };
    try {
      for (let round = 1; round <= ROUNDS; round += 1) {
        const delayMs = 50 + Math.floor(random() * 351);
        const childSeed = Math.floor(random() * 2 ** 31);
        const result = await runChild(dir, dbHex, rootHex, childSeed, delayMs);
        for (const id of result.acked) acked.add(id);

        const opened = await openLedgerDatabase(dir, keys);
        if (!opened.ok) throw new Error(`round ${round}: reopen failed: ${opened.error.code} ${opened.error.message}`);
        const { db, mac } = opened.value;
        try {
          const report = await verifyLedger(db, mac);
          expect(report.problems, `round ${round}: verify`).toEqual([]);
          expect(report.ok).toBe(true);
          const facts = await db.tx.read(async (tx) => ({
            // A committed batch is its journal row; the relay's outbox reader must yield it once.
            batches: (await tx.all("SELECT ref_id AS id FROM journal WHERE kind = 'ledger.batch'"))
              .map((r) => bytesToUuid(r['id'] as Uint8Array)),
            outbox: (await readOutbox(tx, 0, 1_000_000, opened.value.terminalId)).map((item) => item.operationId),
            sums: await tx.all(`SELECT ledger_id, sum(debits_posted) - sum(credits_posted) AS posted,
                sum(debits_pending) - sum(credits_pending) AS pending FROM account GROUP BY ledger_id`),
            breaches: await tx.all(`SELECT id FROM account
                WHERE (flags = 2 AND debits_pending + debits_posted > credits_posted)
                   OR (flags = 4 AND credits_pending + credits_posted > debits_posted)`),
            integrity: await tx.all('PRAGMA integrity_check'),
            foreignKeys: await tx.all('PRAGMA foreign_key_check'),
            head: await tx.get('SELECT seq AS last_seq, mac AS head_mac FROM journal ORDER BY seq DESC LIMIT 1'),
          }));
          const stored = new Set(facts.batches);
          const inOutbox = new Map<string, number>();
          for (const id of facts.outbox) inOutbox.set(id, (inOutbox.get(id) ?? 0) + 1);
          const lost = [...acked].filter((id) => !stored.has(id));
          expect(lost, `round ${round}: acknowledged batches lost`).toEqual([]);
          expect([...acked].filter((id) => inOutbox.get(id) !== 1), 'acked batches without exactly one outbox item').toEqual([]);
          for (const s of facts.sums) expect(s, `round ${round}: debits = credits`).toMatchObject({ posted: 0, pending: 0 });
          expect(facts.breaches).toEqual([]);
          expect(facts.integrity).toEqual([{ integrity_check: 'ok' }]);
          expect(facts.foreignKeys).toEqual([]);
          head = {
            seq: Number(facts.head?.['last_seq']),
            mac: Buffer.from(facts.head?.['head_mac'] as Uint8Array).toString('hex'),
          };
          expect(report.headSeq).toBe(head.seq);
        } finally {
          await db.close();
        }
      }
    } finally {
      cleanup();
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`crash: seed=${seed} rounds=${ROUNDS} acked=${acked.size} in ${seconds.toFixed(1)} s; ` +
      `last verified head seq=${head.seq} mac=${head.mac.slice(0, 16)}…`);
    expect(acked.size).toBeGreaterThan(0);
  }, TEST_TIMEOUT_MS);
});
