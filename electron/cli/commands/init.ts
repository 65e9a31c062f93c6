import { mkdir, rm } from 'node:fs/promises';
import { dataDirPaths, initLedgerDatabase, isDirectory } from '../../main/db/data-dir';
import { createKeyFile, passphraseProblem } from '../../main/db/passphrase-key-wrap';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_OK, unwrap } from '../errors';
import { kdfFromEnv, testKdfWarning } from '../kdf';
import { exists } from '../ledger-access';
import { PASSPHRASE_ENV, passphraseSource } from '../passphrase';

export const initCommand: Command = {
  spec: {
    name: 'init',
    summary: 'create a key file and an empty encrypted ledger in DIR (created if needed)',
    required: ['data-dir'],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    const kdf = kdfFromEnv(context.env);
    const paths = dataDirPaths(dir);
    if ((await exists(dir)) && !(await isDirectory(dir))) throw new CliError(`${dir} is not a directory`);
    if ((await exists(paths.db)) || (await exists(paths.keyFile))) {
      throw new CliError(`a ledger already exists in ${dir}; refusing to overwrite it`);
    }
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV).fresh();
    const weak = passphraseProblem(passphrase);
    if (weak) throw new CliError(weak);
    const warning = testKdfWarning(kdf);
    if (warning) context.note(warning);

    await mkdir(dir, { recursive: true, mode: 0o700 });
    try {
      const keys = unwrap(await createKeyFile(paths.keyFile, passphrase, kdf.params), 'init', dir);
      const ledger = unwrap(await initLedgerDatabase(dir, keys), 'init', dir);
      const terminalId = ledger.terminalId;
      await ledger.close();
      context.out(`initialised ledger in ${dir} (terminal ${terminalId})`);
      return EXIT_OK;
    } catch (error) {
      // Neither file existed when we started: leave nothing half made, so init can be re-run.
      const leftovers = [paths.keyFile, `${paths.keyFile}.tmp`, paths.db, `${paths.db}-wal`, `${paths.db}-shm`];
      await Promise.all(leftovers.map((file) => rm(file, { force: true })));
      throw error;
    }
  },
};
