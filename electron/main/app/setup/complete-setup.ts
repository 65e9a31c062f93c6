import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { SettingsStore } from '../../core/settings/settings-store';
import { appendAudit } from '../../db/repositories/audit.repo';
import { META_KEYS, readMetaIn } from '../../db/repositories/meta.repo';
import { writeMerchantFacts } from '../../db/repositories/state.repo';
import { insertStaff } from '../../db/repositories/staff.repo';
import type { StaffSecretHasher } from '../../db/staff-secret';
import { createLedgerIn } from '../ledger/create-ledger';
import type { LedgerWritePorts } from '../ledger/ports';
import { currentSettings } from '../settings/read-settings';
import { secretProblem } from '../staff/staff-view';

export type CompleteSetup = (input: Input<'setup.complete'>, origin: string) => Promise<Result<Output<'setup.complete'>>>;

/**
 * First run, all or nothing: the merchant's ledger, the owner, the merchant facts and the audit
 * row in ONE transaction (a failing owner leaves no ledger behind); terminal preferences in the
 * settings store after it. A second call, even a concurrent one, is refused.
 */
export function completeSetup(ports: LedgerWritePorts & { readonly hasher: StaffSecretHasher; readonly settings: SettingsStore }): CompleteSetup {
  return async (input, origin) => {
    const problem = secretProblem(input.owner.secretKind, input.owner.secret);
    if (problem) return err('invalid_input', `owner.secret: ${problem}`);
    const ownerId = newId();
    const secret = await ports.hasher.hash(ownerId, input.owner.secret);
    const done = await ports.db.tx.write(async (tx) => {
      if (await readMetaIn(tx, META_KEYS.setupDoneAtMs)) return false;
      const nowMs = ports.clock.nowMs();
      await createLedgerIn(tx, ports, input.currency, { staffId: ownerId });
      const owner = { id: ownerId, staffCode: input.owner.staffCode, displayName: input.owner.displayName, role: 'owner' as const, secretKind: input.owner.secretKind, secret };
      // Cannot happen before setup (no staff exist), but if it did the ledger must not stay.
      if ((await insertStaff(tx, ports.mac, owner, nowMs)) !== 'created') throw new Error('setup found a staff code already taken');
      await writeMerchantFacts(tx, ports.mac, { merchantName: input.merchantName, currency: input.currency, setupDoneAtMs: nowMs, demo: input.demo === true }, nowMs);
      await appendAudit(tx, ports.mac, { kind: 'audit.setup', staffId: ownerId, detail: { merchantName: input.merchantName, currency: input.currency }, origin }, nowMs);
      return true;
    });
    if (!done) return err('setup_already_done', 'setup is already done');
    ports.settings.write({
      ...currentSettings(ports.settings),
      merchantName: input.merchantName, terminalName: input.terminalName, currency: input.currency, locale: input.locale,
    });
    return ok({ ownerId });
  };
}

export async function isSetupDone(ports: { readonly db: LedgerWritePorts['db'] }): Promise<boolean> {
  return ports.db.tx.read(async (tx) => (await readMetaIn(tx, META_KEYS.setupDoneAtMs)) !== undefined);
}
