import { ok } from '../../../shared/domain/result';
import { assembleUseCases, type AssembledApp } from '../../main/app/assemble';
import { EventHub } from '../../main/app/event-sink';
import { acceptRollback } from '../../main/app/ledger/accept-rollback';
import { confirmInPerson } from '../../main/app/staff/confirm-in-person';
import { systemClock } from '../../main/core/ports';
import { memorySettingsStore } from '../../main/core/settings/settings-store';
import type { OpenDataDir } from '../../main/db/data-dir';
import { stderrLogger } from '../../main/sys/logger';
import { option, userPath } from '../args';
import type { CliContext } from '../context';
import { CliError, EXIT_USAGE, messageFor } from '../errors';
import { openLedger } from '../ledger-access';
import { staffSecret } from './accept-rollback';

type Options = ReadonlyMap<string, string>;

async function assembled(dir: string, passphrase: string): Promise<AssembledApp & { readonly dataDir: OpenDataDir }> {
  const { dataDir, keys } = await openLedger(dir, passphrase, { onRollback: 'report' });
  const app = await assembleUseCases({
    dataDir, keys, settings: memorySettingsStore(), events: new EventHub(), clock: systemClock, appVersion: 'cli', log: stderrLogger,
  });
  return { ...app, dataDir };
}

async function credentials(options: Options, context: CliContext, who: string): Promise<{ staffCode: string; secret: string }> {
  if (!options.has('staff-code')) throw new CliError(`this ledger has staff: pass --staff-code of ${who} to confirm`, EXIT_USAGE);
  const file = options.get('secret-file');
  return { staffCode: option(options, 'staff-code'), secret: await staffSecret(context, file === undefined ? undefined : userPath(file, context.env)) };
}

/**
 * A restore over a current database is confirmed by a manager or owner OF THAT DATABASE (its
 * roles are the newest, the ones a rollback would undo), before anything is touched. A ledger
 * without staff (never set up) has nobody to ask: null.
 */
export async function confirmByCurrentStaff(dir: string, passphrase: string, options: Options, context: CliContext): Promise<string | null> {
  const app = await assembled(dir, passphrase);
  try {
    const { listStaff, signIn, session, recordAudit } = app.useCases;
    if ((await listStaff()).length === 0) return null;
    const input = await credentials(options, context, 'a manager or owner of the current data');
    const confirmed = await confirmInPerson({ signIn, session, audit: recordAudit },
      { ...input, origin: 'cli', minRole: 'manager', method: 'restore' }, async (staffId) => ok(staffId));
    if (!confirmed.ok) throw new CliError(messageFor('restore', confirmed.error, dir));
    return confirmed.value;
  } finally {
    await app.close();
  }
}

/**
 * A restore into a directory whose database was lost: the restored database is accepted by an
 * owner of it, as any older copy is (accept-rollback); one without staff is re-anchored as is.
 */
export async function acceptRestored(dir: string, passphrase: string, options: Options, context: CliContext): Promise<void> {
  const app = await assembled(dir, passphrase);
  try {
    const { listStaff, signIn, session, recordAudit } = app.useCases;
    if ((await listStaff()).length === 0) {
      const headSeq = (await app.useCases.ledgerHealth()).chainHeadSeq;
      await recordAudit({ kind: 'audit.anchorReset', staffId: null, origin: 'cli', detail: { cause: 'backup_restored', finding: null, headSeq, anchorSeq: null } });
      await app.dataDir.reanchor();
      return;
    }
    const input = await credentials(options, context, 'an owner of the restored data');
    const { dataDir } = app;
    const accepted = await acceptRollback({ dataDir, signIn, session, audit: recordAudit, db: dataDir.db })({
      ...input, origin: 'cli', cause: 'backup_restored',
    });
    if (!accepted.ok) {
      throw new CliError(`${messageFor('restore', accepted.error, dir)}; the restored database stays refused until an owner runs tillbook accept-rollback`);
    }
  } finally {
    await app.close();
  }
}
