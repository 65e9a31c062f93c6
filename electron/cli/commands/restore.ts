import { dataDirState } from '../../main/app/open-data-dir';
import { restoreBackup, type RestorePlan } from '../../main/app/system/restore-backup';
import { systemClock } from '../../main/core/ports';
import { option, userPath } from '../args';
import { confirmOrStop } from '../confirm';
import type { Command } from '../context';
import { CliError, EXIT_OK, messageFor } from '../errors';
import { passphraseFileOption, requireLedgerDir, unlock } from '../ledger-access';
import { acceptRestored, confirmByCurrentStaff } from './restore-confirm';
import { PASSPHRASE_ENV, PASSPHRASE_FILE_OPTION, passphraseSource } from '../passphrase';

const DAY_MS = 86_400_000;

/** "current data has 42 journal entries / 3 days more than the backup" */
export function newerBy(plan: RestorePlan): string {
  const { entriesNewer, msNewer } = plan;
  if (plan.current.seq === 0 && plan.current.atMs === 0 && entriesNewer < 0) return 'there is no current data';
  if (entriesNewer <= 0) return `the backup has ${-entriesNewer} journal entries more than the current data`;
  const days = msNewer / DAY_MS;
  const span = days >= 1 ? `${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'}` : `${Math.max(0, Math.round(msNewer / 60_000))} minutes`;
  return `current data has ${entriesNewer} journal entries / ${span} more than the backup`;
}

export const restoreCommand: Command = {
  spec: {
    name: 'restore',
    summary: 'replace the database with a verified backup FILE (asks first; a manager or owner of the current data confirms; the current one is kept aside), then re-anchor',
    required: ['data-dir', 'from'],
    optional: ['staff-code', 'secret-file', PASSPHRASE_FILE_OPTION],
    flags: ['yes'],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    const from = userPath(option(options, 'from'), context.env);
    // A directory whose database was lost but whose key file is kept can be restored into too.
    if ((await dataDirState(dir)) !== 'keys_only') await requireLedgerDir(dir);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV, passphraseFileOption(options, context.env)).current();
    const keys = await unlock(dir, passphrase);
    const prepared = await restoreBackup({ dir, keys, clock: systemClock })(from);
    if (!prepared.ok) throw new CliError(messageFor('restore', prepared.error, dir));
    const { plan } = prepared.value;
    try {
      await confirmOrStop(context, options.has('yes'),
        `The backup verifies (${plan.backup.seq} entries). Restoring replaces the database in ${dir} (${newerBy(plan)})`, 'restore');
    } catch (error) {
      await prepared.value.abandon();
      throw error;
    }
    let staffId: string | null = null;
    try {
      if (prepared.value.currentExists) staffId = await confirmByCurrentStaff(dir, passphrase, options, context);
    } catch (error) {
      await prepared.value.abandon();
      throw error;
    }
    const done = await prepared.value.commit(prepared.value.currentExists ? { staffId } : 'later');
    if (!done.ok) throw new CliError(messageFor('restore', done.error, dir));
    if (!done.value.anchored) await acceptRestored(dir, passphrase, options, context);
    context.out(`restored ${from} into ${dir} (${newerBy(plan)}); the previous database is kept as ${done.value.aside[0] ?? 'nothing'}`);
    return EXIT_OK;
  },
};
