import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalBytes } from '../../../shared/domain/canonical';
import { anchorsWithBatch } from '../../../shared/domain/journal-kinds';
import { ok, type Err, type Result } from '../../../shared/domain/result';
import type { Database } from './connection';
import { openError, type OpenError } from './open-errors';
import { writePrivateFileAtomically } from './private-files';
import { readChainHead } from './repositories/journal.repo';
import { readBytes } from './sql-value';
import type { CommitHook } from './tx';

/**
 * The chain anchor (docs/security.md §6.1): a high-water mark of the journal kept outside the
 * database file, so that copying an older `tillbook.db` back is noticed. It records the head seq
 * and that entry's MAC (the genesis MAC at seq 0), bound to the terminal id and MAC'd with a
 * sub-key of the root key, so it cannot be lowered or moved to another ledger without the keys.
 *
 * It lives in one or more slots: the file `tillbook.anchor` beside the database always, and in
 * Electron also the OS key store (platform/key-store-anchor.ts). On open the highest valid slot is
 * the anchor; a database whose head is below it, or whose entry at its seq has another MAC, is
 * refused (`database_rolled_back`), as is a non-empty ledger without any anchor or with an anchor
 * that does not verify. After commits it is rewritten on a cheap schedule (at most once per
 * `intervalMs`) when every entry was money (`anchorsWithBatch`: batches, declines and the records
 * of that money), at once after any other entry (staff, setup, settings, audit, state), and on close.
 */
export const ANCHOR_FILE = 'tillbook.anchor';
const FORMAT = 'tillbook-anchor/1';
export const ANCHOR_INTERVAL_MS = 500;

/** A place the anchor is kept. `read` gives undefined when nothing is stored there. */
export type AnchorSlot = {
  readonly name: string;
  read(): Promise<string | undefined>;
  write(text: string): Promise<void>;
};

export function fileAnchorSlot(dir: string): AnchorSlot {
  const path = join(dir, ANCHOR_FILE);
  return {
    name: path,
    read: () => readFile(path, 'utf8').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }),
    // Two processes may anchor the same ledger (a CLI verify beside a running host): each writes
    // its own temporary file, so neither removes the other's half-written one.
    write: (text) => writePrivateFileAtomically(path, text, `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`),
  };
}

export type ChainMark = { readonly seq: number; readonly mac: Uint8Array };

export type RollbackReason = 'behind_anchor' | 'diverged' | 'anchor_missing' | 'anchor_invalid';

/** What the open-time check found, for the refusal and for the manager-confirmed way forward. */
export type RollbackFinding = {
  readonly reason: RollbackReason;
  /** The database's head seq. */
  readonly headSeq: number;
  /** The anchor's seq (undefined when no valid anchor was found). */
  readonly anchorSeq: number | undefined;
  /** The slot that disagreed. */
  readonly slot: string;
};

export type RollbackError = OpenError & { readonly code: 'database_rolled_back'; readonly finding: RollbackFinding };

export function rollbackMessage(finding: RollbackFinding): string {
  switch (finding.reason) {
    case 'behind_anchor':
      return `the database ends at journal entry ${finding.headSeq} but its anchor (${finding.slot}) records entry ` +
        `${finding.anchorSeq ?? 0}: an older copy of the database was put back, and ${(finding.anchorSeq ?? 0) - finding.headSeq} ` +
        'entries (sales, staff changes, lockouts) are missing';
    case 'diverged':
      return `journal entry ${finding.anchorSeq ?? 0} differs from the one its anchor (${finding.slot}) records: ` +
        'the database was replaced by another copy';
    case 'anchor_missing':
      return `the ledger has ${finding.headSeq} journal entries but no anchor (${finding.slot}): ` +
        'the anchor was removed, or the database was copied here from elsewhere';
    case 'anchor_invalid':
      return `the anchor (${finding.slot}) does not verify under this ledger's key: it was edited or belongs to another ledger`;
  }
}

function refused(finding: RollbackFinding): Err<RollbackError> {
  return { ok: false, error: { ...openError('database_rolled_back', rollbackMessage(finding)), code: 'database_rolled_back', finding } };
}

/**
 * `epoch` counts confirmed resets (an accepted rollback, a restore): a reset anchor wins over any
 * slot that still holds a later head of an earlier epoch, and only the key holder can raise it.
 */
type AnchorJson = { format: string; terminalId: string; epoch: number; seq: number; mac: string; tag: string };
type EpochMark = ChainMark & { readonly epoch: number };

function tagOf(key: Uint8Array, terminalId: string, mark: EpochMark): Buffer {
  return createHmac('sha256', key).update(canonicalBytes([FORMAT, terminalId, mark.epoch, mark.seq, mark.mac])).digest();
}

export function sealAnchor(key: Uint8Array, terminalId: string, mark: EpochMark): string {
  const json: AnchorJson = {
    format: FORMAT,
    terminalId,
    epoch: mark.epoch,
    seq: mark.seq,
    mac: Buffer.from(mark.mac).toString('hex'),
    tag: tagOf(key, terminalId, mark).toString('hex'),
  };
  return JSON.stringify(json);
}

/** The mark a slot holds, if its text has our shape, this terminal and a tag that verifies. */
export function openAnchor(key: Uint8Array, terminalId: string, text: string): EpochMark | undefined {
  let json: Partial<AnchorJson>;
  try {
    json = JSON.parse(text) as Partial<AnchorJson>;
  } catch {
    return undefined;
  }
  if (json === null || typeof json !== 'object' || json.format !== FORMAT || json.terminalId !== terminalId) return undefined;
  const { epoch, seq, mac, tag } = json;
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (!count(epoch) || !count(seq) || typeof mac !== 'string' || typeof tag !== 'string') return undefined;
  if (!/^[0-9a-f]{64}$/.test(mac) || !/^[0-9a-f]{64}$/.test(tag)) return undefined;
  const mark = { epoch, seq, mac: new Uint8Array(Buffer.from(mac, 'hex')) };
  return timingSafeEqual(tagOf(key, terminalId, mark), Buffer.from(tag, 'hex')) ? mark : undefined;
}

async function readHead(db: Database): Promise<ChainMark> {
  const head = await db.tx.read((tx) => readChainHead(tx));
  if (!head) throw new Error('journal has no genesis');
  return { seq: head.lastSeq, mac: head.headMac };
}

async function macAt(db: Database, seq: number): Promise<Uint8Array | undefined> {
  const row = await db.tx.read((tx) => seq === 0
    ? tx.get('SELECT mac FROM chain_genesis WHERE id = 1')
    : tx.get('SELECT mac FROM journal WHERE seq = ?', [seq]));
  return row ? readBytes(row, 'mac') : undefined;
}

export type ChainAnchorOptions = {
  readonly db: Database;
  readonly key: Uint8Array;
  readonly terminalId: string;
  readonly slots: readonly AnchorSlot[];
  readonly intervalMs?: number;
  /** A failed background write (the next one retries); the anchor never throws into a commit. */
  readonly onError?: (error: unknown) => void;
};

export class ChainAnchor {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private again = false;
  private closed = false;
  /** The highest epoch seen in any slot; `reset` writes the next one. */
  private epoch = 0;
  readonly hook: CommitHook;

  constructor(private readonly options: ChainAnchorOptions) {
    this.hook = {
      isPrompt: (kind) => !anchorsWithBatch(kind),
      afterCommit: (prompt) => (prompt ? this.anchorNow().catch((error: unknown) => this.failed(error)) : this.schedule()),
    };
  }

  /**
   * The open-time check. A ledger without entries and without an anchor gets one (first run); a
   * ledger whose head is at or past the anchor, on the same chain, is re-anchored at its head.
   */
  async check(): Promise<Result<ChainMark, RollbackError>> {
    const { key, terminalId, slots, db } = this.options;
    const head = await readHead(db);
    let best: { mark: EpochMark; slot: string } | undefined;
    let invalid: string | undefined;
    for (const slot of slots) {
      const text = await slot.read();
      if (text === undefined) continue;
      const mark = openAnchor(key, terminalId, text);
      if (!mark) {
        invalid ??= slot.name;
        continue;
      }
      this.epoch = Math.max(this.epoch, mark.epoch);
      const later = !best || mark.epoch > best.mark.epoch || (mark.epoch === best.mark.epoch && mark.seq > best.mark.seq);
      if (later) best = { mark, slot: slot.name };
    }
    if (invalid !== undefined) return refused({ reason: 'anchor_invalid', headSeq: head.seq, anchorSeq: undefined, slot: invalid });
    if (!best) {
      if (head.seq > 0) {
        return refused({ reason: 'anchor_missing', headSeq: head.seq, anchorSeq: undefined, slot: slots.map((s) => s.name).join(', ') });
      }
    } else {
      const { mark, slot } = best;
      if (head.seq < mark.seq) return refused({ reason: 'behind_anchor', headSeq: head.seq, anchorSeq: mark.seq, slot });
      const there = await macAt(db, mark.seq);
      if (!there || !timingSafeEqual(Buffer.from(there), Buffer.from(mark.mac))) {
        return refused({ reason: 'diverged', headSeq: head.seq, anchorSeq: mark.seq, slot });
      }
    }
    await this.writeMark(head);
    return ok(head);
  }

  /** A confirmed reset (app/ledger/accept-rollback.ts): the head, under the next epoch. */
  async reset(): Promise<void> {
    await this.writing?.catch(() => undefined);
    this.epoch += 1;
    await this.anchorNow();
  }

  /** Writes the current head to every slot now; concurrent callers share the next write. */
  anchorNow(): Promise<void> {
    if (this.writing) {
      this.again = true;
      return this.writing;
    }
    const run = (async () => {
      do {
        this.again = false;
        await this.writeMark(await readHead(this.options.db));
      } while (this.again);
    })();
    this.writing = run.finally(() => {
      this.writing = undefined;
    });
    return this.writing;
  }

  /** After an ordinary commit: one write at most every `intervalMs`, never on the commit's path. */
  schedule(): void {
    if (this.timer !== undefined || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.anchorNow().catch((error: unknown) => this.failed(error));
    }, this.options.intervalMs ?? ANCHOR_INTERVAL_MS);
    this.timer.unref();
  }

  /** Last write before the database closes; the caller closes the database after it. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.anchorNow();
  }

  private async writeMark(mark: ChainMark): Promise<void> {
    const text = sealAnchor(this.options.key, this.options.terminalId, { ...mark, epoch: this.epoch });
    for (const slot of this.options.slots) await slot.write(text);
  }

  private failed(error: unknown): void {
    this.options.onError?.(error);
  }
}
