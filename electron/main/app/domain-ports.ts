import type { Clock } from '../core/ports';
import type { DataKeys } from '../db/key-provider';
import type { ConsumeApproval } from './approval/consume-approval';
import type { RecordAudit } from './audit/record-audit';
import type { EventSink } from './event-sink';
import type { LedgerBook } from './ledger/ledger-book';
import type { LedgerWritePorts } from './ledger/ports';

/**
 * What the customers-and-wallets, cards and vouchers use cases may be built from. Each domain's
 * assembly (`app/<domain>/assemble-<domain>.ts`) picks what each use case needs from here; a use
 * case still names its own narrow ports.
 */
export type DomainPorts = LedgerWritePorts & {
  readonly clock: Clock;
  /** The data keys: domain sub-keys (PAN encryption and index, security codes, voucher hashes) derive from `root`. */
  readonly keys: DataKeys;
  readonly ledger: LedgerBook;
  readonly audit: RecordAudit;
  readonly consumeApproval: ConsumeApproval;
  readonly events: EventSink;
  /** Cryptographic random bytes (injectable for tests that force collisions). */
  readonly random: (n: number) => Uint8Array;
  /** The scrypt cost for slow hashes (card PINs use the staff secret's approach); tests lower N. */
  readonly secretHashN: number;
};
