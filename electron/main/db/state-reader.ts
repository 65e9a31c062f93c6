import { bytesToUuid, uuidToBytes } from '../../../shared/domain/ids';
import type { Row } from './driver';
import { readBytes } from './sql-value';
import type { ReadTx } from './tx';

/**
 * How the current rows of one kind of guarded state are read, as the JSON its snapshot holds
 * (`stateJson`): all of them for verify, one for chaining after a change. A reader must not
 * import the chaining code (repositories/state.repo.ts imports the readers).
 */
export type StateReader = {
  /** What verify calls one subject ("card", "customer"). */
  readonly label: string;
  all(tx: ReadTx): Promise<Map<string, string>>;
  one(tx: ReadTx, id: string): Promise<string | undefined>;
};

/**
 * The reader of a table keyed by a 16-byte `id`: `sql` selects the columns the snapshot needs
 * (without a WHERE), and `json` makes a row's snapshot JSON.
 */
export function tableStateReader(label: string, sql: string, json: (row: Row) => string): StateReader {
  return {
    label,
    async all(tx) {
      const rows = await tx.all(sql);
      return new Map(rows.map((row) => [bytesToUuid(readBytes(row, 'id')), json(row)]));
    },
    async one(tx, id) {
      const row = await tx.get(`${sql} WHERE id = ?`, [uuidToBytes(id)]);
      return row ? json(row) : undefined;
    },
  };
}
