import { copyFile, rename, rm } from 'node:fs/promises';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Clock } from '../../core/ports';
import { openDatabase, type Database } from '../../db/connection';
import { chainMacFor, dataDirPaths, openLedgerDatabase, type OpenDataDir } from '../../db/data-dir';
import type { DataKeys } from '../../db/key-provider';
import { createPrivateFile } from '../../db/private-files';
import { isSoleConnection } from '../../db/rekey';
import { journalHead } from '../../db/repositories/journal.repo';
import { META_KEYS, readMetaIn } from '../../db/repositories/meta.repo';
import { exists } from '../../sys/files';
import { recordAudit } from '../audit/record-audit';
import { verifyLedger, type VerifySummary } from '../ledger/verify-ledger';

export type RestorePorts = { readonly dir: string; readonly keys: DataKeys; readonly clock: Clock };

/** A ledger's head: its last journal entry and when it was written (0 for an empty ledger). */
export type LedgerHead = { readonly seq: number; readonly atMs: number };

export type RestorePlan = {
  readonly current: LedgerHead;
  readonly backup: LedgerHead;
  /** Entries of the current data the backup does not have (negative: the backup is longer). */
  readonly entriesNewer: number;
  readonly msNewer: number;
};

/**
 * Who confirmed the restore: a manager or owner of the current database (null when it has no
 * staff yet), or `later` when there is no current database (an owner of the restored one then
 * accepts it through accept-rollback; until then it is refused on open).
 */
export type RestoreConfirmation = { readonly staffId: string | null } | 'later';

export type RestoreDone = { readonly headSeq: number; readonly aside: readonly string[]; readonly anchored: boolean };

export type PreparedRestore = {
  readonly plan: RestorePlan;
  /** Whether there is a current database (whose staff confirm) or it was lost. */
  readonly currentExists: boolean;
  /** Swaps the verified copy in; the current files are kept aside until it opens and verifies. */
  commit(confirmedBy: RestoreConfirmation): Promise<Result<RestoreDone>>;
  abandon(): Promise<void>;
};

export type RestoreBackup = (from: string) => Promise<Result<PreparedRestore>>;

const silent = { emit: () => undefined };

async function headOf(db: Database): Promise<LedgerHead> {
  return db.tx.read((tx) => journalHead(tx));
}

function firstProblem(summary: VerifySummary): string {
  const problem = summary.problems[0];
  return problem ? `${problem.seq === null ? '' : `seq ${problem.seq}: `}${problem.message}` : 'verification failed';
}

/**
 * `tillbook restore` (docs/security.md §5.5): nothing of the data directory is touched until the
 * backup, copied to `tillbook.db.restoring` beside the database, opens under this directory's
 * keys, belongs to this terminal and passes the verify use case (chain and balances). A running
 * till or web host on the directory is refused (`database_locked`). `commit` moves the current
 * database aside (`tillbook.db.pre-restore-<ms>`), puts the copy in its place, opens and verifies
 * it (moving the old files back if that fails), audits `audit.anchorReset` and re-anchors.
 */
export function restoreBackup(ports: RestorePorts): RestoreBackup {
  const paths = dataDirPaths(ports.dir);
  const staging = `${paths.db}.restoring`;
  const mac = chainMacFor(ports.keys);

  const openCurrent = async (): Promise<Result<OpenDataDir>> => {
    const current = await openLedgerDatabase(ports.dir, ports.keys, { onRollback: 'report' });
    if (!current.ok) return current;
    if (!(await isSoleConnection(current.value.db))) {
      await current.value.db.close();
      return err('database_locked', `the ledger in ${ports.dir} is in use (stop the till or tillbook serve first)`);
    }
    return current;
  };

  /** `terminalId` undefined: no database to compare with (a lost one), the backup's own id is taken. */
  const verifyCopy = async (db: Database, expected: string | undefined): Promise<Result<LedgerHead & { terminalId: string }>> => {
    const found = await db.tx.read((tx) => readMetaIn(tx, META_KEYS.terminalId));
    if (found === undefined || (expected !== undefined && found !== expected)) {
      return err('invalid_input', `the backup belongs to another terminal (${found ?? 'none'}), not ${expected ?? 'this one'}`);
    }
    const terminalId = found;
    const summary = await verifyLedger({ db, mac, terminalId, clock: ports.clock, events: silent })();
    if (!summary.ok) return err('database_corrupt', `the backup fails verify: ${firstProblem(summary)}`);
    return ok({ ...(await headOf(db)), terminalId });
  };

  const stage = async (from: string, terminalId: string | undefined): Promise<Result<LedgerHead & { terminalId: string }>> => {
    await rm(staging, { force: true });
    await createPrivateFile(staging);
    await copyFile(from, staging);
    let opened = await openDatabase({ file: staging, key: ports.keys.db, keyVerified: true });
    if (!opened.ok && ports.keys.pendingDb) opened = await openDatabase({ file: staging, key: ports.keys.pendingDb, keyVerified: true });
    if (!opened.ok) {
      return opened.error.code === 'wrong_key'
        ? err('wrong_key', `the backup does not open with the key file of ${ports.dir} (a backup of another ledger, or from before a rekey)`)
        : err(opened.error.code, `the backup does not open: ${opened.error.message}`);
    }
    try {
      return await verifyCopy(opened.value, terminalId);
    } finally {
      await opened.value.close();
    }
  };

  return async (from) => {
    if (!(await exists(from))) return err('not_found', `no backup file at ${from}`);
    // A data directory whose database was lost (the key file kept) can be restored into as well.
    const lost = !(await exists(paths.db));
    let currentHead: LedgerHead = { seq: 0, atMs: 0 };
    let currentTerminal: string | undefined;
    if (!lost) {
      const current = await openCurrent();
      if (!current.ok) return current;
      currentTerminal = current.value.terminalId;
      currentHead = await headOf(current.value.db);
      await current.value.db.close();
    }
    const backupHead = await stage(from, currentTerminal);
    if (!backupHead.ok) {
      await rm(staging, { force: true });
      return backupHead;
    }
    const { terminalId } = backupHead.value;
    const plan: RestorePlan = {
      current: currentHead,
      backup: { seq: backupHead.value.seq, atMs: backupHead.value.atMs },
      entriesNewer: currentHead.seq - backupHead.value.seq,
      msNewer: currentHead.atMs - backupHead.value.atMs,
    };
    return ok({
      plan,
      currentExists: !lost,
      abandon: () => rm(staging, { force: true }),
      commit: async (confirmedBy) => {
        if (!lost) {
          const again = await openCurrent();
          if (!again.ok) return again;
          await again.value.db.close();
        }
        const suffix = `.pre-restore-${ports.clock.nowMs()}`;
        const moved: [string, string][] = [];
        for (const file of [paths.db, `${paths.db}-wal`, `${paths.db}-shm`]) {
          if (!(await exists(file))) continue;
          await rename(file, `${file}${suffix}`);
          moved.push([file, `${file}${suffix}`]);
        }
        await rename(staging, paths.db);
        const restored = await openLedgerDatabase(ports.dir, ports.keys, { onRollback: 'report' });
        const verified = restored.ok ? await verifyCopy(restored.value.db, terminalId) : restored;
        if (!restored.ok || !verified.ok) {
          if (restored.ok) await restored.value.db.close();
          await Promise.all([paths.db, `${paths.db}-wal`, `${paths.db}-shm`].map((file) => rm(file, { force: true })));
          for (const [file, aside] of moved) await rename(aside, file);
          return verified.ok ? err('internal', 'the restored database did not open') : verified;
        }
        const { db } = restored.value;
        if (confirmedBy === 'later') {
          // No current database whose staff could confirm: the restored one stays behind its
          // anchor (refused on open) until an owner of it accepts it (accept-rollback).
          await restored.value.close();
          return ok({ headSeq: verified.value.seq, aside: moved.map(([, aside]) => aside), anchored: false });
        }
        try {
          await recordAudit({ db, mac, clock: ports.clock })({
            kind: 'audit.anchorReset', staffId: confirmedBy.staffId, origin: 'cli',
            detail: { cause: 'backup_restored', finding: restored.value.rollback?.reason ?? null, headSeq: verified.value.seq, anchorSeq: restored.value.rollback?.anchorSeq ?? null },
          });
          await restored.value.reanchor();
        } finally {
          await restored.value.close();
        }
        return ok({ headSeq: verified.value.seq + 1, aside: moved.map(([, aside]) => aside), anchored: true });
      },
    });
  };
}
