import type { WriteTx } from '../tx';

/** A numbered schema step. Released migrations are never edited: a fix is a new migration. */
export type Migration = {
  readonly version: number;
  readonly name: string;
  up(tx: WriteTx): Promise<void>;
};
