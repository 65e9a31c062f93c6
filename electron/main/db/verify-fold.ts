import { bytesToUuid } from '../../../shared/domain/ids';
import { transferDeltas } from '../core/ledger/balance-effects';
import type { Row } from './driver';
import { readBytes, readInt, readText } from './sql-value';
import type { ReadTx } from './tx';

type Balances = [debitsPending: number, debitsPosted: number, creditsPending: number, creditsPosted: number];

/**
 * The balances the transfers add up to, folded while verify streams them (no second scan): a
 * hold adds to pending; post, void and expire take the whole held amount back out of pending;
 * single and post add to posted. Holds always precede their resolution in seq order.
 */
export class BalanceFold {
  private readonly balances = new Map<string, Balances>();
  private readonly held = new Map<string, number>();
  private readonly hexToId = new Map<string, string>();

  add(row: Row): void {
    const kind = readText(row, 'kind') as 'single' | 'pending' | 'post' | 'void' | 'expire';
    const amount = readInt(row, 'amount');
    if (kind === 'pending') this.held.set(Buffer.from(readBytes(row, 'id')).toString('hex'), amount);
    const pending = row['pending_id'];
    const heldMinor = pending instanceof Uint8Array ? (this.held.get(Buffer.from(pending).toString('hex')) ?? 0) : 0;
    const deltas = transferDeltas(kind, amount, heldMinor);
    this.apply(readBytes(row, 'debit_account_id'), deltas.debit);
    this.apply(readBytes(row, 'credit_account_id'), deltas.credit);
  }

  private apply(id: Uint8Array, d: { debitsPending: number; debitsPosted: number; creditsPending: number; creditsPosted: number }): void {
    const key = Buffer.from(id).toString('hex');
    const b = this.balances.get(key);
    if (b) {
      b[0] += d.debitsPending;
      b[1] += d.debitsPosted;
      b[2] += d.creditsPending;
      b[3] += d.creditsPosted;
    } else {
      this.balances.set(key, [d.debitsPending, d.debitsPosted, d.creditsPending, d.creditsPosted]);
      this.hexToId.set(key, bytesToUuid(id));
    }
  }

  /** Accounts whose cached balances differ from the fold, in id order. */
  async mismatches(tx: ReadTx): Promise<string[]> {
    const rows = await tx.all('SELECT id, debits_pending, debits_posted, credits_pending, credits_posted FROM account ORDER BY id');
    const out: string[] = [];
    for (const row of rows) {
      const key = Buffer.from(readBytes(row, 'id')).toString('hex');
      const folded = this.balances.get(key) ?? [0, 0, 0, 0];
      const cached = [readInt(row, 'debits_pending'), readInt(row, 'debits_posted'), readInt(row, 'credits_pending'), readInt(row, 'credits_posted')];
      if (cached.some((v, i) => v !== folded[i])) out.push(bytesToUuid(readBytes(row, 'id')));
      this.balances.delete(key);
    }
    // Transfers that name an account the table does not have.
    for (const key of this.balances.keys()) out.push(this.hexToId.get(key) ?? key);
    return out;
  }
}

const LEDGER_SUMS = `
SELECT l.currency FROM ledger l JOIN account a ON a.ledger_id = l.id GROUP BY l.id
HAVING sum(a.debits_posted) <> sum(a.credits_posted) OR sum(a.debits_pending) <> sum(a.credits_pending)`;

/** Ledgers whose accounts' debits and credits differ. */
export async function unbalancedLedgers(tx: ReadTx): Promise<string[]> {
  return (await tx.all(LEDGER_SUMS)).map((r) => readText(r, 'currency'));
}
