import { rm } from 'node:fs/promises';
import { dataDirState, openDataDir } from '../../main/app/open-data-dir';
import { dataDirPaths } from '../../main/db/data-dir';
import { passphraseProblem } from '../../main/db/passphrase-key-wrap';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_OK } from '../errors';
import { kdfChoice, noteTestKdf, passphraseKeys, unwrapOpen, passphraseFileOption } from '../ledger-access';
import { PASSPHRASE_ENV, PASSPHRASE_FILE_OPTION, passphraseSource } from '../passphrase';

export const initCommand: Command = {
  spec: {
    name: 'init',
    summary: 'create a key file and an empty encrypted ledger in DIR (created if needed)',
    required: ['data-dir'],
    optional: [PASSPHRASE_FILE_OPTION],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    const kdf = kdfChoice(context.env);
    const state = await dataDirState(dir);
    if (state === 'not_a_directory') throw new CliError(`${dir} is not a directory`);
    if (state !== 'absent' && state !== 'new') throw new CliError(`a ledger already exists in ${dir}; refusing to overwrite it`);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV, passphraseFileOption(options, context.env)).fresh();
    const weak = passphraseProblem(passphrase);
    if (weak) throw new CliError(weak);
    noteTestKdf(context, kdf);

    try {
      // The same first-run path as the app: on an empty directory it creates the keys, then the database.
      const { dataDir } = unwrapOpen(await openDataDir(dir, passphraseKeys(dir, passphrase, kdf.params)), dir, 'init');
      const terminalId = dataDir.terminalId;
      await dataDir.close();
      context.out(`initialised ledger in ${dir} (terminal ${terminalId})`);
      return EXIT_OK;
    } catch (error) {
      // Neither file existed when we started: leave nothing half made, so init can be re-run.
      const paths = dataDirPaths(dir);
      const leftovers = [paths.keyFile, `${paths.keyFile}.tmp`, paths.db, `${paths.db}-wal`, `${paths.db}-shm`, paths.anchor, `${paths.anchor}.tmp`];
      await Promise.all(leftovers.map((file) => rm(file, { force: true })));
      throw error;
    }
  },
};
