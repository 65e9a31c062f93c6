import type { Output } from '../../../../shared/ipc/contract';
import type { Clock } from '../../core/ports';
import { META_KEYS, readMetaIn, writeMetaIn } from '../../db/repositories/meta.repo';
import { verifyLedger as walkChain } from '../../db/verify';
import type { EventSink } from '../event-sink';
import type { LedgerDb } from './ports';

const PROBLEMS_SHOWN_MAX = 100;
const META_VALUE_CHARS_MAX = 4096;

export type VerifySummary = Output<'ledger.verify'>;
export type VerifyLedger = () => Promise<VerifySummary>;
export type LastVerify = () => Promise<VerifySummary | null>;

/**
 * Walks the whole chain, with progress events, and keeps the summary in `meta` so Ledger health
 * shows the last verification after a restart. Single-flight: a call while one runs shares it.
 */
export function verifyLedger(ports: LedgerDb & { readonly clock: Clock; readonly events: EventSink }): VerifyLedger {
  let running: Promise<VerifySummary> | null = null;
  const run = async (): Promise<VerifySummary> => {
    const started = ports.clock.nowMs();
    const report = await walkChain(ports.db, ports.mac, (verified, total) => ports.events.emit('ledger.verifyProgress', { verified, total }));
    const finishedAtMs = ports.clock.nowMs();
    const summary: VerifySummary = {
      ok: report.ok,
      entriesVerified: report.entriesVerified,
      headSeq: report.headSeq,
      firstBadSeq: report.firstBadSeq,
      problems: report.problems.slice(0, PROBLEMS_SHOWN_MAX).map((p) => ({ kind: p.kind, seq: p.seq ?? null, message: p.message })),
      finishedAtMs,
      durationMs: Math.max(0, finishedAtMs - started),
    };
    await ports.db.tx.write((tx) => writeMetaIn(tx, META_KEYS.lastVerify, storable(summary)));
    return summary;
  };
  return () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
}

/** A meta value holds at most 4,096 characters: the stored copy keeps as many problems as fit. */
function storable(summary: VerifySummary): string {
  let problems = summary.problems;
  let json = JSON.stringify(summary);
  while (json.length > META_VALUE_CHARS_MAX && problems.length > 0) {
    problems = problems.slice(0, -1);
    json = JSON.stringify({ ...summary, problems });
  }
  return json;
}

/** The summary of the last verification, if one ever ran and it still reads. */
export function lastVerify(ports: LedgerDb): LastVerify {
  return async () => {
    const stored = await ports.db.tx.read((tx) => readMetaIn(tx, META_KEYS.lastVerify));
    if (stored === undefined) return null;
    try {
      return JSON.parse(stored) as VerifySummary;
    } catch {
      return null;
    }
  };
}
