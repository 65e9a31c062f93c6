import { dirname } from 'node:path';
import { backupDatabase } from '../../main/db/backup';
import { exists, isDirectory } from '../../main/sys/files';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_OK, isBusyMessage, messageFor } from '../errors';
import { openForReading, requireLedgerDir } from '../ledger-access';
import { PASSPHRASE_ENV, passphraseSource } from '../passphrase';

export const backupCommand: Command = {
  spec: {
    name: 'backup',
    summary: 'write a consistent encrypted copy of the database to FILE (same database key)',
    required: ['data-dir', 'out'],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    const out = userPath(option(options, 'out'), context.env);
    await requireLedgerDir(dir);
    if (await exists(out)) throw new CliError(`backup target ${out} already exists`);
    if (!(await isDirectory(dirname(out)))) throw new CliError(`no directory ${dirname(out)} for the backup`);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV).current();
    const { db, dbKey } = await openForReading(dir, passphrase);
    let written;
    try {
      written = await backupDatabase(db, out, dbKey);
    } finally {
      await db.close();
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
