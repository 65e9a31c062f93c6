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
