import { dirname } from 'node:path';
import { backupLedger } from '../../main/app/system/backup-ledger';
import { systemClock } from '../../main/core/ports';
import { exists, isDirectory } from '../../main/sys/files';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_OK, isBusyMessage, messageFor } from '../errors';
import { openedDbKey, openLedger, passphraseFileOption, requireLedgerDir } from '../ledger-access';
import { PASSPHRASE_ENV, PASSPHRASE_FILE_OPTION, passphraseSource } from '../passphrase';

export const backupCommand: Command = {
  spec: {
    name: 'backup',
    summary: 'write a consistent encrypted copy of the database to FILE (same database key, mode 0600)',
    required: ['data-dir', 'out'],
    optional: [PASSPHRASE_FILE_OPTION],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    const out = userPath(option(options, 'out'), context.env);
    await requireLedgerDir(dir);
    if (await exists(out)) throw new CliError(`backup target ${out} already exists`);
    if (!(await isDirectory(dirname(out)))) throw new CliError(`no directory ${dirname(out)} for the backup`);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV, passphraseFileOption(options, context.env)).current();
    const opened = await openLedger(dir, passphrase);
    let written;
    try {
      written = await backupLedger({ db: opened.dataDir.db, dbKey: openedDbKey(opened), clock: systemClock })(out);
    } finally {
      await opened.dataDir.close();
    }
    if (!written.ok) {
      if (isBusyMessage(written.error.message)) {
        throw new CliError(messageFor('backup', { code: 'database_locked', message: written.error.message }, dir));
      }
      throw new CliError(messageFor('backup', written.error, dir));
    }
    context.out(`backup written to ${out} (${written.value.bytes} bytes); it opens with the key file of ${dir} as it is now`);
    return EXIT_OK;
  },
};
