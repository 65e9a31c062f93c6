import { dataDirPaths } from '../../main/db/data-dir';
import { promoteDbKey } from '../../main/db/passphrase-key-wrap';
import { rekeyLedger } from '../../main/db/rekey';
import { option } from '../args';
import type { Command } from '../context';
import { EXIT_OK, unwrap } from '../errors';
import { openLedger, requireLedgerDir, unlock } from '../ledger-access';
import { PASSPHRASE_ENV, passphraseSource } from '../passphrase';

export const rekeyCommand: Command = {
  spec: {
    name: 'rekey',
    summary: 're-encrypt the database under a fresh random key (the passphrase stays the same)',
    required: ['data-dir'],
  },
  async run(options, context) {
    const dir = option(options, 'data-dir');
    const { keyFile } = dataDirPaths(dir);
    await requireLedgerDir(dir);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV).current();
    const keys = await unlock(dir, passphrase);
    const ledger = await openLedger(dir, keys);
    try {
      // An earlier rekey stopped after re-encrypting: finish it first, otherwise recording the
      // next pending key would drop the only key that opens the file.
      if (ledger.openedWith === 'pending' && keys.pendingDb) {
        unwrap(await promoteDbKey(keyFile, passphrase, keys.pendingDb), 'rekey', dir);
      }
      unwrap(await rekeyLedger(ledger, passphrase), 'rekey', dir);
    } finally {
      await ledger.close();
    }
    context.out(`re-encrypted ${dir} under a new database key (older backups still need the previous key file)`);
    return EXIT_OK;
  },
};
