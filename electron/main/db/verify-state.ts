import { stateJson } from '../../../shared/domain/guarded-state';
import { uuidOf } from './bytes';
import type { Row } from './driver';
import { currentMetaState, currentStaffStates } from './repositories/state.repo';
import { readInt, readText } from './sql-value';
import type { ReadTx } from './tx';

type Snapshot = { readonly seq: number; readonly json: string };

export type StateProblem = { readonly seq?: number; readonly message: string };

const META = 'merchant facts';
const EMPTY_META = stateJson('meta.state', { merchantName: null, currency: null, setupDoneAtMs: null, allowSelfApproval: null, backendUrl: null });

/** Which fields of two state JSONs differ, as "role: manager, chained owner". */
function differences(now: string, chained: string): string {
  const a = JSON.parse(now) as Record<string, unknown>;
  const b = JSON.parse(chained) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => (k.startsWith('secret') ? `${k} changed` : `${k} is ${JSON.stringify(a[k])}, chained ${JSON.stringify(b[k])}`))
    .join('; ');
}

/**
 * The latest chained snapshot per subject, folded while verify streams the pages, then compared
 * with the tables as they are: a staff row or merchant fact changed, added or cleared outside the
 * app (with the database key alone) is named with the entry it contradicts.
 */
export class StateFold {
  private readonly latest = new Map<string, Snapshot>();
  private lastSeq = 0;

  add(states: Iterable<Row>): void {
    for (const row of states) {
      const subject = row['subject'];
      const key = subject instanceof Uint8Array ? uuidOf(subject) : META;
      this.lastSeq = readInt(row, 'seq');
      this.latest.set(key, { seq: this.lastSeq, json: readText(row, 'state') });
    }
  }

  async mismatches(tx: ReadTx): Promise<StateProblem[]> {
    // A change committed after the last page was walked: its snapshot came in the same commit.
    this.add(await tx.all('SELECT seq, subject, state FROM state_change WHERE seq > ? ORDER BY seq', [this.lastSeq]));
    const problems: StateProblem[] = [];
    const staff = await currentStaffStates(tx);
    for (const [id, json] of staff) {
      const chained = this.latest.get(id);
      if (!chained) problems.push({ message: `staff ${id} is in the table but was never chained (added outside the app)` });
      else if (chained.json !== json) {
        problems.push({ seq: chained.seq, message: `staff ${id} differs from entry ${chained.seq}: ${differences(json, chained.json)}` });
      }
    }
    for (const [key, chained] of this.latest) {
      if (key !== META && !staff.has(key)) problems.push({ seq: chained.seq, message: `staff ${key} of entry ${chained.seq} is missing from the table` });
    }
    const meta = await currentMetaState(tx);
    const chainedMeta = this.latest.get(META);
    if (!chainedMeta && meta !== EMPTY_META) problems.push({ message: `the ${META} were never chained (written outside the app)` });
    if (chainedMeta && chainedMeta.json !== meta) {
      problems.push({ seq: chainedMeta.seq, message: `the ${META} differ from entry ${chainedMeta.seq}: ${differences(meta, chainedMeta.json)}` });
    }
    return problems;
  }
}
