import type { Clock } from '../../core/ports';
import type { ChainMac } from '../../db/chain-mac';
import type { Database } from '../../db/connection';

/** Who is acting. Comes from main-process sign-in state, never from renderer input. */
export type Actor = { readonly staffId: string };

/** The unlocked ledger database: the connection, the chain key and this terminal's id. */
export type LedgerDb = {
  readonly db: Database;
  readonly mac: ChainMac;
  readonly terminalId: string;
};

/** What a ledger write needs: the database and a clock. */
export type LedgerWritePorts = LedgerDb & { readonly clock: Clock };
