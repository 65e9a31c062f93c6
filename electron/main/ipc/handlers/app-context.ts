import type { Clock } from '../../core/ports';
import type { ApprovalBook } from '../../core/staff/approval-book';
import type { LockoutPolicy } from '../../core/staff/lockout-policy';
import type { StaffSession } from '../../core/staff/session';
import type { SettingsStore } from '../../core/settings/settings-store';
import type { OpenDataDir } from '../../db/data-dir';
import type { StaffRepo } from '../../db/repositories/staff.repo';
import type { StaffSecretHasher } from '../../db/staff-secret';
import type { Output } from '../../../../shared/ipc/contract';
import type { EventSink } from '../event-sink';

/** What the handlers share; built once by createApp. */
export type AppContext = {
  readonly ledger: OpenDataDir;
  readonly staff: StaffRepo;
  readonly hasher: StaffSecretHasher;
  readonly session: StaffSession;
  readonly approvals: ApprovalBook;
  readonly lockout: LockoutPolicy;
  readonly settings: SettingsStore;
  readonly events: EventSink;
  readonly clock: Clock;
  readonly appVersion: string;
  lastVerify: Output<'ledger.verify'> | null;
};
