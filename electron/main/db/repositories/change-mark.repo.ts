import { readInt } from '../sql-value';
import type { ReadTx } from '../tx';

/**
 * A mark that moves whenever the database may have changed: `total_changes()` counts every row
 * this connection inserted, updated or deleted (a rolled-back statement counts too), and `PRAGMA
 * data_version` moves when another connection commits. Equal marks in two transactions mean no
 * row changed between them, so a cache filled in the first is still true in the second.
 */
export async function changeMark(tx: ReadTx): Promise<string> {
  const row = await tx.get('SELECT total_changes() AS own, data_version AS other FROM pragma_data_version');
  return `${readInt(row ?? {}, 'own')}:${readInt(row ?? {}, 'other')}`;
}
