import { rekeyLedger } from '../../main/app/system/rekey-ledger';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { EXIT_OK, unwrap } from '../errors';
import { openLedger, passphraseFileOption, requireLedgerDir } from '../ledger-access';
import { PASSPHRASE_ENV, PASSPHRASE_FILE_OPTION, passphraseSource } from '../passphrase';

export const rekeyCommand: Command = {
  spec: {
    name: 'rekey',
    summary: 're-encrypt the database under a fresh random key (the passphrase stays the same)',
    required: ['data-dir'],
    optional: [PASSPHRASE_FILE_OPTION],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    await requireLedgerDir(dir);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV, passphraseFileOption(options, context.env)).current();
    // The use case finishes an interrupted earlier rekey itself (a ledger opened with the pending key).
    const { dataDir } = await openLedger(dir, passphrase);
    try {
      unwrap(await rekeyLedger({ dataDir })(passphrase), 'rekey', dir);
    } finally {
      await dataDir.close();
    }
    context.out(`re-encrypted ${dir} under a new database key (older backups still need the previous key file)`);
    return EXIT_OK;
  },
};
