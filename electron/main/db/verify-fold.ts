import type { JournalTransfer } from '../core/ledger/canonical-batch';
import { uuidOf } from './bytes';
import { transferDeltas } from '../core/ledger/balance-effects';
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

  add(t: JournalTransfer): void {
    if (t.kind === 'pending') this.held.set(t.id, t.amountMinor);
    const heldMinor = t.pendingId === null ? 0 : (this.held.get(t.pendingId) ?? 0);
    const deltas = transferDeltas(t.kind, t.amountMinor, heldMinor);
    this.apply(t.debitAccountId, deltas.debit);
    this.apply(t.creditAccountId, deltas.credit);
  }

  private apply(id: string, d: { debitsPending: number; debitsPosted: number; creditsPending: number; creditsPosted: number }): void {
    const b = this.balances.get(id);
    if (b) {
      b[0] += d.debitsPending;
      b[1] += d.debitsPosted;
      b[2] += d.creditsPending;
      b[3] += d.creditsPosted;
    } else {
      this.balances.set(id, [d.debitsPending, d.debitsPosted, d.creditsPending, d.creditsPosted]);
    }
  }

  /** Accounts whose cached balances differ from the fold, in id order. */
  async mismatches(tx: ReadTx): Promise<string[]> {
    const rows = await tx.all('SELECT id, debits_pending, debits_posted, credits_pending, credits_posted FROM account ORDER BY id');
    const out: string[] = [];
    for (const row of rows) {
      const id = uuidOf(readBytes(row, 'id'));
      const folded = this.balances.get(id) ?? [0, 0, 0, 0];
      const cached = [readInt(row, 'debits_pending'), readInt(row, 'debits_posted'), readInt(row, 'credits_pending'), readInt(row, 'credits_posted')];
      if (cached.some((v, i) => v !== folded[i])) out.push(id);
      this.balances.delete(id);
    }
    // Transfers that name an account the table does not have.
    out.push(...this.balances.keys());
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

const FILED_FOR_STATEMENTS = `SELECT a.id AS account_id, t.key FROM transfer t
  JOIN account a ON a.id IN (t.debit_account_id, t.credit_account_id) WHERE a.kind IN ('wallet', 'card')`;

/**
 * The statement index (migration 90) against the transfers it is derived from: the first entry
 * filed that no transfer explains, or the first transfer missing from it, by key. A statement
 * that hides or invents a movement is named, though no balance depends on it.
 */
export async function statementIndexMismatch(tx: ReadTx): Promise<{ key: number; missing: boolean } | undefined> {
  const row = await tx.get(
    `SELECT key, 0 AS missing FROM (SELECT account_id, key FROM account_entry EXCEPT ${FILED_FOR_STATEMENTS})
     UNION ALL SELECT key, 1 FROM (${FILED_FOR_STATEMENTS} EXCEPT SELECT account_id, key FROM account_entry)
     ORDER BY key LIMIT 1`,
  );
  return row ? { key: readInt(row, 'key'), missing: readInt(row, 'missing') === 1 } : undefined;
}
