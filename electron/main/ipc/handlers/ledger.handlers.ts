import { ok } from '../../../../shared/domain/result';
import { META_KEYS, readMeta } from '../../db/repositories/meta.repo';
import { verifyLedger } from '../../db/verify';
import type { AppContext } from './app-context';
import type { Handler } from './handler-types';
import { chainHeadSeq, databaseStatus } from './system.handlers';

const PROBLEMS_SHOWN_MAX = 100;

export function ledgerHandlers(app: AppContext): {
  'ledger.health': Handler<'ledger.health'>;
  'ledger.verify': Handler<'ledger.verify'>;
} {
  return {
    'ledger.health': async () => {
      const { integrity } = app.ledger.db.report;
      const backup = await readMeta(app.ledger.db, META_KEYS.lastBackupAtMs);
      return ok({
        database: databaseStatus(app),
        chainHeadSeq: await chainHeadSeq(app),
        lastVerify: app.lastVerify,
        lastBackupAtMs: backup === undefined ? null : Number(backup),
        integrity: {
          ok: integrity.ok,
          quickCheckMs: Math.round(integrity.quickCheckMs),
          cipherCheckMs: Math.round(integrity.cipherCheckMs),
        },
      });
    },
    'ledger.verify': async () => {
      const started = app.clock.nowMs();
      const report = await verifyLedger(app.ledger.db, app.ledger.mac, (verified, total) =>
        app.events.emit('ledger.verifyProgress', { verified, total }),
      );
      const finishedAtMs = app.clock.nowMs();
      app.lastVerify = {
        ok: report.ok,
        entriesVerified: report.entriesVerified,
        headSeq: report.headSeq,
        firstBadSeq: report.firstBadSeq,
        problems: report.problems.slice(0, PROBLEMS_SHOWN_MAX).map((p) => ({ kind: p.kind, seq: p.seq ?? null, message: p.message })),
        finishedAtMs,
        durationMs: Math.max(0, finishedAtMs - started),
      };
      return ok(app.lastVerify);
    },
  };
}
