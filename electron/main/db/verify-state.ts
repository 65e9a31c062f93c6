import { stateJson } from '../../../shared/domain/guarded-state';
import type { DomainStateKind, StateJournalKind } from '../../../shared/domain/journal-kinds';
import { uuidOf } from './bytes';
import type { Row } from './driver';
import { currentMetaState, currentStaffStates } from './repositories/state.repo';
import { readInt, readText } from './sql-value';
import { DOMAIN_STATE_READERS } from './state-readers';
import type { ReadTx } from './tx';

type Snapshot = { readonly seq: number; readonly kind: string; readonly json: string };

export type StateProblem = { readonly seq?: number; readonly message: string };

const META = 'merchant facts';
const EMPTY_META = stateJson('meta.state', { merchantName: null, currency: null, setupDoneAtMs: null, allowSelfApproval: null, backendUrl: null });

/**
 * Fields whose values a verify report never repeats, only names: secrets and their hashes, a
 * card's PAN digest, and a customer's personal data (the report reaches any signed-in staff, the
 * stored last verification and the CLI's output).
 */
const HIDDEN_FIELD = /^(secret|pin|pan|phone|email|searchKey|note)/i;

/** Which fields of two state JSONs differ, as "role: manager, chained owner". */
function differences(now: string, chained: string): string {
  const a = JSON.parse(now) as Record<string, unknown>;
  const b = JSON.parse(chained) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => (HIDDEN_FIELD.test(k) ? `${k} changed` : `${k} is ${JSON.stringify(a[k])}, chained ${JSON.stringify(b[k])}`))
    .join('; ');
}

/** Every subject-keyed kind of guarded state: its label and its current rows. */
function subjectTables(): { kind: StateJournalKind; label: string; all: (tx: ReadTx) => Promise<Map<string, string>> }[] {
  return [
    { kind: 'staff.state', label: 'staff', all: currentStaffStates },
    ...(Object.entries(DOMAIN_STATE_READERS) as [DomainStateKind, (typeof DOMAIN_STATE_READERS)[DomainStateKind]][])
      .map(([kind, reader]) => ({ kind, label: reader.label, all: (tx: ReadTx) => reader.all(tx) })),
  ];
}

/**
 * The latest chained snapshot per subject, folded while verify streams the pages, then compared
 * with the tables as they are: a staff row, a customer, a card, … or a merchant fact changed,
 * added or cleared outside the app (with the database key alone) is named with the entry it
 * contradicts.
 */
export class StateFold {
  private readonly latest = new Map<string, Snapshot>();
  private lastSeq = 0;

  /** Snapshot rows with the kind of their journal entry (`seq, subject, state, kind`). */
  add(states: Iterable<Row>): void {
    for (const row of states) {
      const subject = row['subject'];
      const key = subject instanceof Uint8Array ? uuidOf(subject) : META;
      this.lastSeq = readInt(row, 'seq');
      this.latest.set(key, { seq: this.lastSeq, kind: readText(row, 'kind'), json: readText(row, 'state') });
    }
  }

  async mismatches(tx: ReadTx): Promise<StateProblem[]> {
    // A change committed after the last page was walked: its snapshot came in the same commit.
    this.add(await tx.all(
      'SELECT s.seq, s.subject, s.state, j.kind FROM state_change s JOIN journal j ON j.seq = s.seq WHERE s.seq > ? ORDER BY s.seq',
      [this.lastSeq],
    ));
    const problems: StateProblem[] = [];
    for (const table of subjectTables()) problems.push(...this.tableMismatches(table.kind, table.label, await table.all(tx)));
    const meta = await currentMetaState(tx);
    const chainedMeta = this.latest.get(META);
    if (!chainedMeta && meta !== EMPTY_META) problems.push({ message: `the ${META} were never chained (written outside the app)` });
    if (chainedMeta && chainedMeta.json !== meta) {
      problems.push({ seq: chainedMeta.seq, message: `the ${META} differ from entry ${chainedMeta.seq}: ${differences(meta, chainedMeta.json)}` });
    }
    return problems;
  }

  private tableMismatches(kind: string, label: string, rows: Map<string, string>): StateProblem[] {
    const problems: StateProblem[] = [];
    for (const [id, json] of rows) {
      const chained = this.latest.get(id);
      if (!chained || chained.kind !== kind) problems.push({ message: `${label} ${id} is in the table but was never chained (added outside the app)` });
      else if (chained.json !== json) {
        problems.push({ seq: chained.seq, message: `${label} ${id} differs from entry ${chained.seq}: ${differences(json, chained.json)}` });
      }
    }
    for (const [key, chained] of this.latest) {
      if (chained.kind === kind && !rows.has(key)) problems.push({ seq: chained.seq, message: `${label} ${key} of entry ${chained.seq} is missing from the table` });
    }
    return problems;
  }
}
