import { closureBody, closureContent, type ClosureBody } from '../../../shared/domain/records/closures';
import { zBody } from '../../../shared/domain/records/shifts';
import { closureCanonicalBytes } from '../core/shifts/closure-canonical';
import { closureCurrencies, isKnownTimeZone, isPeriodOver, nextPeriodKey, periodKeyOf, zCountInMonth, type ZFigures } from '../core/shifts/period-closure';
import { sameBytes } from './bytes';
import { allClosures, closureEntriesWithoutRow, type StoredClosure } from './repositories/period-closure.repo';
import { macAt, type StoredZ } from './repositories/z-report.repo';
import type { ReadTx } from './tx';
import type { ClosureProblem } from './verify-closures';
import { zSignatureValid } from './z-signing';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

type Checked = { readonly row: StoredClosure; readonly body: ClosureBody };

function parsedBody(c: StoredClosure, name: string): ClosureBody | string {
  if (c.entryKind !== `closure.${c.kind}` || c.bodyJson === null) return `${name}: its journal entry is not a closure.${c.kind} record`;
  try {
    const parsed = closureBody.safeParse(JSON.parse(c.bodyJson));
    return parsed.success ? parsed.data : `${name}: its record does not fit the closure schema`;
  } catch {
    return `${name}: its record is not JSON`;
  }
}

/** The row against its chained record, the signed bytes rebuilt from the record, and the signature. */
function rowAgainstBody(c: StoredClosure, body: ClosureBody, name: string): string | undefined {
  const { signature, ...content } = body;
  const same = body.kind === c.kind && body.closureId === c.id && body.number === c.number && body.terminalId === c.terminalId
    && body.period === c.period && body.closedAtMs === c.closedAtMs && body.afterZ === c.afterZ && body.throughZ === c.throughZ
    && body.lastSeq === c.lastSeq;
  if (!same) return `${name}: the closure row differs from its chained record`;
  const canonical = closureCanonicalBytes(closureContent.parse(content));
  if (!sameBytes(canonical, c.canonical)) return `${name}: the signed bytes differ from its record`;
  if (signature.value !== hex(c.signature) || signature.publicKey !== hex(c.publicKey)) return `${name}: the stored signature differs from its record`;
  if (!zSignatureValid(canonical, c.signature, c.publicKey)) return `${name}: the signature does not verify`;
  return undefined;
}

function zFigures(z: StoredZ): ZFigures | undefined {
  try {
    const parsed = zBody.safeParse(JSON.parse(z.bodyJson ?? ''));
    if (!parsed.success) return undefined;
    return { zNumber: z.zNumber, closedAtMs: z.closedAtMs, currency: z.currency, period: parsed.data.period, overShortMinor: parsed.data.drawer.overShortMinor ?? 0 };
  } catch {
    return undefined;
  }
}

/** The Zs the closure should have taken: those already there when it was taken (a Z of a broken record is named by the Z checks). */
function expectedZs(c: Checked, zs: readonly StoredZ[], months: readonly Checked[]): ZFigures[] | string {
  const before = zs.filter((z) => z.terminalId === c.row.terminalId && z.zNumber > c.body.afterZ && z.seq < c.row.seq).map(zFigures);
  if (before.some((z) => z === undefined)) return 'a Z it covers has no readable record';
  const figures = before as ZFigures[];
  if (c.body.kind === 'month') return figures.slice(0, zCountInMonth(figures, c.body.period, c.body.timeZone));
  const december = months.find((m) => m.row.terminalId === c.row.terminalId && m.body.period === `${c.body.period}-12` && m.row.seq < c.row.seq);
  if (!december) return `the year was closed before its December`;
  return figures.filter((z) => z.zNumber <= december.body.throughZ);
}

/** The period it names: the one after the previous closure of its kind, or the first one, and over when it was taken. */
function periodProblem(c: Checked, previous: Checked | undefined, zs: readonly StoredZ[], months: readonly Checked[]): string | undefined {
  const { kind, period, timeZone } = c.body;
  if (!isKnownTimeZone(timeZone)) return `names a time zone this host does not know (${timeZone})`;
  let expected: string | undefined;
  if (previous) expected = nextPeriodKey(kind, previous.body.period);
  else if (kind === 'month') {
    const first = zs.find((z) => z.terminalId === c.row.terminalId && z.zNumber === 1);
    expected = first ? periodKeyOf('month', first.closedAtMs, timeZone) : undefined;
  } else expected = months.find((m) => m.row.terminalId === c.row.terminalId)?.body.period.slice(0, 4);
  if (period !== expected) return `closes ${period}, not the next period (${expected ?? 'none'})`;
  if (!isPeriodOver(kind, period, c.body.closedAtMs, timeZone)) return `was taken before ${period} was over`;
  return undefined;
}

async function closureProblem(tx: ReadTx, c: Checked, previous: Checked | undefined, zs: readonly StoredZ[], months: readonly Checked[]): Promise<string | undefined> {
  const afterZ = previous?.body.throughZ ?? 0;
  if (c.body.afterZ !== afterZ) return `its Zs start after Z ${c.body.afterZ}, not after Z ${afterZ} where the previous one ended`;
  const place = c.row.lastSeq !== c.row.seq - 1 ? 'its period does not end right before it' : undefined;
  if (place) return place;
  const mac = c.row.lastSeq === 0 ? undefined : await macAt(tx, c.row.lastSeq);
  if (!mac || hex(mac) !== c.body.headMac) return `the head MAC it names is not entry ${c.row.lastSeq}'s`;
  const period = periodProblem(c, previous, zs, months);
  if (period) return period;
  const taken = expectedZs(c, zs, months);
  if (typeof taken === 'string') return taken;
  const throughZ = taken[taken.length - 1]?.zNumber ?? afterZ;
  if (c.body.throughZ !== throughZ) return `covers Zs through ${c.body.throughZ}, not through Z ${throughZ}`;
  const sections = closureCurrencies(previous?.body.currencies ?? [], taken);
  if (JSON.stringify(sections) !== JSON.stringify(c.body.currencies)) return 'its totals or grand totals are not the sum of its Zs after the previous closure';
  return undefined;
}

/**
 * Every monthly and yearly closure (ledger design §6.5): numbers 1, 2, 3… per terminal and kind;
 * each row equal to its chained record; the signed bytes rebuilt and the Ed25519 signature valid
 * under the Zs' key; right after the head it names; its period the next one and over when taken;
 * its Zs following the previous closure's and, by the month rule (or a year through its
 * December), the ones it should take; its totals and grand totals recomputed from them. And no
 * closure entry without its row.
 */
export async function periodClosureProblems(tx: ReadTx, zs: readonly StoredZ[], zPublicKey: Uint8Array | undefined): Promise<ClosureProblem[]> {
  if (!(await tx.get("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'period_closure'"))) return [];
  const problems: ClosureProblem[] = [];
  const add = (seq: number, message: string | undefined) => {
    if (message) problems.push({ kind: 'closure', seq, message });
  };
  const months: Checked[] = [];
  // The previous closure of the run, and its body when it was readable (an unreadable one is named once, not again through its successor).
  let previous: { row: StoredClosure; checked: Checked | undefined } | undefined;
  let publicKey = zPublicKey;
  for (const row of await allClosures(tx)) {
    const name = `${row.kind} closure ${row.number} (${row.period})`;
    const sameRun = previous?.row.terminalId === row.terminalId && previous.row.kind === row.kind ? previous : undefined;
    const expectedNumber = (sameRun?.row.number ?? 0) + 1;
    if (row.number !== expectedNumber) add(row.seq, `${row.kind} closure ${expectedNumber} of terminal ${row.terminalId} is missing before ${row.number}`);
    publicKey ??= row.publicKey;
    if (!sameBytes(publicKey, row.publicKey)) add(row.seq, `${name}: signed under another key than the Zs`);
    const body = parsedBody(row, name);
    const checked = typeof body === 'string' ? undefined : { row, body };
    if (typeof body === 'string') add(row.seq, body);
    else if (checked) {
      add(row.seq, rowAgainstBody(row, body, name));
      if (!sameRun || sameRun.checked) {
        const problem = await closureProblem(tx, checked, sameRun?.checked, zs, months);
        add(row.seq, problem && `${name}: ${problem}`);
      }
      if (row.kind === 'month') months.push(checked);
    }
    previous = { row, checked };
  }
  for (const seq of await closureEntriesWithoutRow(tx)) add(seq, `entry ${seq} is a monthly or yearly closure with no closure row`);
  return problems;
}
