import { randomBytes } from 'node:crypto';
import { newId } from '../../../shared/domain/ids';
import type { PublicSettings, Settings } from '../../../shared/ipc/contract/settings';
import type { Clock } from '../core/ports';
import type { SettingsStore } from '../core/settings/settings-store';
import { ApprovalBook } from '../core/staff/approval-book';
import { DEFAULT_LOCKOUT, stricterOnly, type LockoutPolicy } from '../core/staff/lockout-policy';
import { StaffSession } from '../core/staff/session';
import type { OpenDataDir } from '../db/data-dir';
import type { DataKeys } from '../db/key-provider';
import { PRODUCTION_SECRET_COST, StaffSecretHasher } from '../db/staff-secret';
import { deriveSubKey, SUB_KEY_LABELS } from '../db/sub-keys';
import { fileSimulatorMemory } from '../sys/simulator-memory';
import { consumeApproval, type ConsumeApproval } from './approval/consume-approval';
import { grantApproval, type GrantApproval } from './approval/grant-approval';
import { denialAudit, type DenialAudit } from './audit/denial-audit';
import { recordAudit, type RecordAudit } from './audit/record-audit';
import { assembleCardUseCases, type CardUseCases } from './cards/assemble-cards';
import { assembleCatalogUseCases, type CatalogUseCases } from './catalog/assemble-catalog';
import { taxClassesOf } from './catalog/catalog-tax-classes';
import { assembleDisplayUseCases, type DisplayUseCases } from './display/assemble-display';
import type { DomainPorts } from './domain-ports';
import type { EventSink } from './event-sink';
import { startHoldSweeper, type HoldSweeper } from './ledger/hold-sweeper';
import { ledgerHealth, type LedgerHealth } from './ledger/ledger-health';
import { openLedgerBook, type LedgerBook } from './ledger/ledger-book';
import { lastVerify, verifyLedger, type VerifyLedger } from './ledger/verify-ledger';
import { currentPublicSettings, currentSettings, readSettingsView, type ReadSettingsView } from './settings/read-settings';
import { loadGuardedSettings, withGuardedSettings } from './settings/guarded-settings';
import { updateSettings, type UpdateSettings } from './settings/update-settings';
import { completeSetup, type CompleteSetup } from './setup/complete-setup';
import { createStaff, type CreateStaff } from './staff/create-staff';
import { listStaff, type ListStaff } from './staff/list-staff';
import { secretGuards } from './staff/secret-guards';
import { resetSecret, type ResetSecret } from './staff/reset-secret';
import { setDisabled, type SetDisabled } from './staff/set-disabled';
import { setRole, type SetRole } from './staff/set-role';
import { assembleShiftUseCases, type ShiftUseCases } from './shifts/assemble-shifts';
import { assembleSalesUseCases, type SalesUseCases } from './sales/assemble-sales';
import { assembleReceiptUseCases, type ReceiptUseCases } from './receipts/assemble-receipts';
import { signIn, unlock, type SignIn, type Unlock } from './staff/sign-in';
import { signOut, type SignOut } from './staff/sign-out';
import { systemStatus, type SystemStatus } from './system/system-status';
import { assembleVoucherUseCases, type VoucherUseCases } from './vouchers/assemble-vouchers';
import { assembleWalletUseCases, type WalletUseCases } from './wallets/assemble-wallets';

export type AppLog = { error(message: string, detail: Record<string, unknown>): void };

export type AppDeps = {
  readonly dataDir: OpenDataDir;
  readonly keys: DataKeys;
  readonly settings: SettingsStore;
  readonly events: EventSink;
  readonly clock: Clock;
  readonly appVersion: string;
  readonly log: AppLog;
  /** Test-only: cheaper scrypt for staff secrets. Production leaves it unset. */
  readonly secretHashCost?: { N: number };
  /** Stricter-only lockout settings; looser values are clamped to PCI DSS 8.3.4. */
  readonly lockout?: Partial<LockoutPolicy>;
  /** How often the idle lock is checked when nobody calls. */
  readonly idleCheckMs?: number;
  /** How often due holds are looked for (what is due is decided by `clock`). */
  readonly holdSweepMs?: number;
};

/** Every use case of the app, each bound to exactly the ports it names. */
export type UseCases = {
  readonly session: StaffSession;
  readonly systemStatus: SystemStatus;
  readonly completeSetup: CompleteSetup;
  readonly signIn: SignIn;
  readonly unlock: Unlock;
  readonly signOut: SignOut;
  readonly listStaff: ListStaff;
  readonly createStaff: CreateStaff;
  readonly setRole: SetRole;
  readonly setDisabled: SetDisabled;
  readonly resetSecret: ResetSecret;
  readonly grantApproval: GrantApproval;
  readonly consumeApproval: ConsumeApproval;
  readonly readPublicSettings: () => PublicSettings;
  readonly readSettings: () => Settings;
  readonly readSettingsView: ReadSettingsView;
  readonly updateSettings: UpdateSettings;
  readonly ledgerHealth: LedgerHealth;
  readonly verifyLedger: VerifyLedger;
  readonly ledger: LedgerBook;
  readonly recordAudit: RecordAudit;
  /** Refused calls, coalesced per kind and minute (app/audit/denial-audit.ts). */
  readonly denials: DenialAudit;
  readonly holdSweeper: HoldSweeper;
  readonly wallets: WalletUseCases;
  readonly cards: CardUseCases;
  readonly vouchers: VoucherUseCases;
  readonly catalog: CatalogUseCases;
  readonly shifts: ShiftUseCases;
  readonly sales: SalesUseCases;
  readonly receipts: ReceiptUseCases;
  readonly display: DisplayUseCases;
};

export type AssembledApp = { readonly useCases: UseCases; close(): Promise<void> };

/** Builds every use case over one unlocked data directory and starts the app's timers. */
export async function assembleUseCases(deps: AppDeps): Promise<AssembledApp> {
  const { dataDir, clock, events } = deps;
  const ledgerPorts = { db: dataDir.db, mac: dataDir.mac, terminalId: dataDir.terminalId, clock };
  const guarded = await loadGuardedSettings(ledgerPorts);
  const settings = withGuardedSettings(deps.settings, guarded);
  const session = new StaffSession(clock, currentSettings(settings).idleLockMinutes * 60_000, (reason) =>
    events.emit('session.locked', { reason }),
  );
  const cost = deps.secretHashCost ? { ...PRODUCTION_SECRET_COST, N: deps.secretHashCost.N } : PRODUCTION_SECRET_COST;
  const hasher = new StaffSecretHasher(deriveSubKey(deps.keys.root, SUB_KEY_LABELS.staffSecret), cost);
  const lockout = deps.lockout ? stricterOnly(deps.lockout) : DEFAULT_LOCKOUT;
  const audit = recordAudit(ledgerPorts);
  const approvals = new ApprovalBook(clock, newId);
  // A grant belongs to the requester's session: sign-out, any lock or another sign-in ends it.
  session.onSessionEnd(() => approvals.revokeAll());
  const denials = denialAudit({ audit, clock, log: deps.log });
  const secretPorts = { ...ledgerPorts, hasher, lockout, ...secretGuards({ root: deps.keys.root, clock, denials }) };
  const ledger = await openLedgerBook(ledgerPorts);
  const holdSweeper = startHoldSweeper(ledger.expireHolds, deps.holdSweepMs ?? 60_000, deps.log);
  const domain: DomainPorts = {
    ...ledgerPorts, keys: deps.keys, ledger, audit, consumeApproval: consumeApproval({ approvals, audit }), events,
    random: (n) => new Uint8Array(randomBytes(n)), secretHashN: cost.N,
  };
  const idleTimer = setInterval(() => session.lockIfIdle(), deps.idleCheckMs ?? 5000);
  idleTimer.unref();
  const useCases: UseCases = {
    session,
    systemStatus: systemStatus({ db: dataDir.db, session, settings, clock, appVersion: deps.appVersion }),
    completeSetup: completeSetup({ ...ledgerPorts, hasher, settings }),
    signIn: signIn({ ...secretPorts, session, events }),
    unlock: unlock({ ...secretPorts, session, events }),
    signOut: signOut({ session, audit }),
    listStaff: listStaff(ledgerPorts),
    createStaff: createStaff({ ...ledgerPorts, hasher, audit }),
    setRole: setRole({ ...ledgerPorts, audit }),
    setDisabled: setDisabled({ ...ledgerPorts, audit, session }),
    resetSecret: resetSecret({ ...ledgerPorts, hasher, audit, consumeApproval: consumeApproval({ approvals, audit }) }),
    grantApproval: grantApproval({ ...secretPorts, approvals, audit, settings }),
    consumeApproval: consumeApproval({ approvals, audit }),
    readPublicSettings: () => currentPublicSettings(settings),
    readSettings: () => currentSettings(settings),
    readSettingsView: readSettingsView({ settings, guarded }),
    updateSettings: updateSettings({ settings, guarded, session, audit }),
    ledgerHealth: ledgerHealth({ ...ledgerPorts, lastVerify: lastVerify(ledgerPorts) }),
    verifyLedger: verifyLedger({ ...ledgerPorts, events }),
    ledger,
    recordAudit: audit,
    denials,
    holdSweeper,
    wallets: assembleWalletUseCases(domain),
    cards: assembleCardUseCases(domain),
    vouchers: assembleVoucherUseCases(domain),
    catalog: assembleCatalogUseCases({ ...ledgerPorts, taxClasses: () => taxClassesOf(currentSettings(settings)) }),
    shifts: assembleShiftUseCases(domain),
    sales: assembleSalesUseCases(domain, { settings: () => currentSettings(settings), simulatorMemory: fileSimulatorMemory(dataDir.dir) }),
    // The receipt model comes from SALES's use case, called when a receipt is rendered (useCases is built by then).
    receipts: assembleReceiptUseCases({ fetchReceipt: (input, caller) => useCases.sales.receipt(input, caller), settings: () => currentSettings(settings) }),
    display: assembleDisplayUseCases(domain),
  };
  return {
    useCases,
    close: async () => {
      clearInterval(idleTimer);
      holdSweeper.stop();
      await denials.flush();
      await dataDir.close();
    },
  };
}
