import { changePassphrase, passphraseProblem } from '../../main/db/passphrase-key-wrap';
import { dataDirPaths } from '../../main/db/data-dir';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_OK, unwrap } from '../errors';
import { kdfChoice, noteTestKdf, requireLedgerDir, unlock, passphraseFileOption } from '../ledger-access';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_FILE_OPTION, passphraseSource } from '../passphrase';

export const passwdCommand: Command = {
  spec: {
    name: 'passwd',
    summary: `change the passphrase (new one from ${NEW_PASSPHRASE_ENV} or a prompt); the database is untouched`,
    required: ['data-dir'],
    optional: [PASSPHRASE_FILE_OPTION],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    const kdf = kdfChoice(context.env);
    await requireLedgerDir(dir);
    const source = passphraseSource(context, NEW_PASSPHRASE_ENV, passphraseFileOption(options, context.env));
    const current = await source.current();
    await unlock(dir, current); // a wrong passphrase fails before the new one is asked for
    const next = await source.fresh();
    const weak = passphraseProblem(next);
    if (weak) throw new CliError(weak);
    noteTestKdf(context, kdf);
    unwrap(await changePassphrase(dataDirPaths(dir).keyFile, current, next, kdf.params), 'passwd', dir);
    context.out(`passphrase changed for ${dir}`);
    return EXIT_OK;
  },
};
