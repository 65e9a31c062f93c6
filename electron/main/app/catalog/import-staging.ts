import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Input, Output } from '../../../../shared/ipc/contract';
import { CSV_IMPORT_CHARS_MAX } from '../../../../shared/ipc/contract/catalog-schemas';
import type { Clock } from '../../core/ports';

type ImportInput = Input<'catalog.importCsv'>;
type ImportOutput = Output<'catalog.importCsv'>;
type Mode = ImportInput['mode'];

type Staged = {
  readonly staffId: string;
  readonly mode: Mode;
  readonly chunks: string[];
  chars: number;
  touchedAtMs: number;
};

/** What a part leaves: still waiting for more, or the whole file to read. */
export type Received =
  | { readonly done: false; readonly charsReceived: number }
  | { readonly done: true; readonly text: string; readonly mode: Mode; readonly charsReceived: number };

export const IMPORT_IDLE_MS = 30 * 60_000;
const OPEN_MAX = 4;
const ANSWERED_MAX = 32;

/**
 * The parts of imports still arriving, in memory: nothing is written before the last part, so a
 * restart of main only loses unfinished uploads (the next part is `import_not_found`, and the
 * renderer starts again). Bounded: at most OPEN_MAX open imports (the oldest goes), each expiring
 * IMPORT_IDLE_MS after its last part, and CSV_IMPORT_CHARS_MAX characters each. The answers of
 * the last ANSWERED_MAX finished imports are kept, so a retried last part replays its answer.
 */
export class ImportStaging {
  private readonly open = new Map<string, Staged>();
  private readonly answered = new Map<string, ImportOutput>();

  constructor(private readonly clock: Clock) {}

  /** The answer of a finished import, marked as a replay, or undefined. */
  replay(importId: string): ImportOutput | undefined {
    const earlier = this.answered.get(importId);
    return earlier ? { ...earlier, replayed: true } : undefined;
  }

  receive(input: ImportInput, staffId: string): Result<Received> {
    const nowMs = this.clock.nowMs();
    this.expire(nowMs);
    const staged = this.open.get(input.importId);
    if (input.part === 0 && staged === undefined) return this.start(input, staffId, nowMs);
    if (staged === undefined || staged.staffId !== staffId) return err('import_not_found', 'no import with this id is under way; start again');
    // A retried call of the part just received: the same text is not taken twice.
    if (input.part === staged.chunks.length - 1 && staged.chunks[input.part] === input.csv) return ok(this.state(input, staged));
    if (input.part !== staged.chunks.length) return err('import_out_of_order', `part ${staged.chunks.length} was expected, not ${input.part}`);
    return this.append(input, staged, nowMs);
  }

  /** Keeps the answer of a finished import for replays (the oldest answers go first). */
  finish(importId: string, answer: ImportOutput): void {
    this.open.delete(importId);
    this.answered.set(importId, answer);
    for (const key of this.answered.keys()) {
      if (this.answered.size <= ANSWERED_MAX) break;
      this.answered.delete(key);
    }
  }

  /** Forgets an import whose last part could not be read (its next try starts from part 0). */
  drop(importId: string): void {
    this.open.delete(importId);
  }

  private start(input: ImportInput, staffId: string, nowMs: number): Result<Received> {
    if (this.open.size >= OPEN_MAX) {
      const oldest = [...this.open.entries()].sort((a, b) => a[1].touchedAtMs - b[1].touchedAtMs)[0];
      if (oldest) this.open.delete(oldest[0]);
    }
    const staged: Staged = { staffId, mode: input.mode, chunks: [], chars: 0, touchedAtMs: nowMs };
    this.open.set(input.importId, staged);
    return this.append(input, staged, nowMs);
  }

  private append(input: ImportInput, staged: Staged, nowMs: number): Result<Received> {
    if (staged.chars + input.csv.length > CSV_IMPORT_CHARS_MAX) {
      this.open.delete(input.importId);
      return err('import_too_large', `an import holds at most ${CSV_IMPORT_CHARS_MAX} characters`);
    }
    staged.chunks.push(input.csv);
    staged.chars += input.csv.length;
    staged.touchedAtMs = nowMs;
    return ok(this.state(input, staged));
  }

  private state(input: ImportInput, staged: Staged): Received {
    if (!input.last) return { done: false, charsReceived: staged.chars };
    return { done: true, text: staged.chunks.join(''), mode: staged.mode, charsReceived: staged.chars };
  }

  private expire(nowMs: number): void {
    for (const [id, staged] of this.open) if (nowMs - staged.touchedAtMs > IMPORT_IDLE_MS) this.open.delete(id);
  }
}
