import { zBody, zContent, type GrandTotals, type ZBody } from '../../../shared/domain/records/shifts';
import { carryGrandTotals } from '../core/shifts/shift-figures';
import { zCanonicalBytes } from '../core/shifts/closure-canonical';
import { sameBytes } from './bytes';
import { periodClosureProblems } from './verify-period-closures';
import { allZ, closuresWithoutZ, macAt, type StoredZ } from './repositories/z-report.repo';
import type { ReadTx } from './tx';
import { zSignatureValid } from './z-signing';

export type ClosureProblem = { readonly kind: 'closure'; readonly seq: number; readonly message: string };

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function parsedBody(z: StoredZ): ZBody | string {
  if (z.entryKind !== 'closure.z' || z.bodyJson === null) return `Z ${z.zNumber}: its journal entry is not a closure.z record`;
  try {
    const parsed = zBody.safeParse(JSON.parse(z.bodyJson));
    return parsed.success ? parsed.data : `Z ${z.zNumber}: its record does not fit the Z schema`;
  } catch {
    return `Z ${z.zNumber}: its record is not JSON`;
  }
}

/** The row against its chained record: every column the row repeats, the signed bytes and the signature. */
function rowAgainstBody(z: StoredZ, body: ZBody): string | undefined {
  const { signature, ...content } = body;
  const sameColumns = body.zNumber === z.zNumber && body.terminalId === z.terminalId && body.shiftId === z.shiftId
    && body.currency === z.currency && body.closedAtMs === z.closedAtMs && body.firstSeq === z.firstSeq && body.lastSeq === z.lastSeq
    && body.headMac === hex(z.headMac);
  if (!sameColumns) return `Z ${z.zNumber}: the Z row differs from its chained record`;
  const canonical = zCanonicalBytes(zContent.parse(content));
  if (!sameBytes(canonical, z.canonical)) return `Z ${z.zNumber}: the signed bytes differ from its record`;
  if (signature.value !== hex(z.signature) || signature.publicKey !== hex(z.publicKey)) return `Z ${z.zNumber}: the stored signature differs from its record`;
  if (!zSignatureValid(canonical, z.signature, z.publicKey)) return `Z ${z.zNumber}: the signature does not verify`;
  return undefined;
}

/** Where the Z sits in the chain: right after the period it closes, whose head MAC it names. */
async function placeInChain(tx: ReadTx, z: StoredZ, previous: StoredZ | undefined): Promise<string | undefined> {
  if (z.lastSeq !== z.seq - 1) return `Z ${z.zNumber}: its period does not end right before it`;
  const expectedFirst = previous ? previous.seq + 1 : 1;
  if (z.firstSeq !== expectedFirst) return `Z ${z.zNumber}: its period starts at ${z.firstSeq}, not after the previous Z (${expectedFirst})`;
  const mac = z.lastSeq === 0 ? undefined : await macAt(tx, z.lastSeq);
  if (!mac || !sameBytes(mac, z.headMac)) return `Z ${z.zNumber}: the head MAC it names is not entry ${z.lastSeq}'s`;
  return undefined;
}

/**
 * Every Z report (ledger design §6.5): numbers 1, 2, 3… per terminal with no gap; each row equal
 * to its chained `closure.z` record; the canonical bytes rebuilt from the record; the Ed25519
 * signature valid, every Z under one public key; its period right after the previous Z and its
 * head MAC the chain's; the grand totals the previous Z's (same terminal and currency) plus this
 * period. And no `closure.z` entry without its Z row. Then the monthly and yearly closures over
 * those Zs (verify-period-closures.ts). Each problem names the closure's entry.
 */
export async function closureProblems(tx: ReadTx): Promise<ClosureProblem[]> {
  // A ledger verified before migration 110 has no Z table yet (nothing to check).
  if (!(await tx.get("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'z_report'"))) return [];
  const problems: ClosureProblem[] = [];
  const add = (seq: number, message: string | undefined) => {
    if (message) problems.push({ kind: 'closure', seq, message });
  };
  let previous: StoredZ | undefined;
  let publicKey: Uint8Array | undefined;
  const grand = new Map<string, GrandTotals>();
  const zs = await allZ(tx);
  for (const z of zs) {
    const sameTerminal = previous?.terminalId === z.terminalId ? previous : undefined;
    const expectedNumber = (sameTerminal?.zNumber ?? 0) + 1;
    if (z.zNumber !== expectedNumber) add(z.seq, `Z ${expectedNumber} of terminal ${z.terminalId} is missing before Z ${z.zNumber}`);
    publicKey ??= z.publicKey;
    if (!sameBytes(publicKey, z.publicKey)) add(z.seq, `Z ${z.zNumber}: signed under another key than the first Z`);
    add(z.seq, await placeInChain(tx, z, sameTerminal));
    const body = parsedBody(z);
    if (typeof body === 'string') add(z.seq, body);
    else {
      add(z.seq, rowAgainstBody(z, body));
      const key = `${z.terminalId}\n${z.currency}`;
      const carried = carryGrandTotals(grand.get(key) ?? null, body.period);
      if (JSON.stringify(carried) !== JSON.stringify(body.grandTotals)) {
        add(z.seq, `Z ${z.zNumber}: the grand totals are not the previous Z's plus this period`);
      }
      grand.set(key, body.grandTotals);
    }
    previous = z;
  }
  for (const seq of await closuresWithoutZ(tx)) add(seq, `entry ${seq} is a Z report with no Z row`);
  problems.push(...(await periodClosureProblems(tx, zs, publicKey)));
  return problems.sort((a, b) => a.seq - b.seq);
}
