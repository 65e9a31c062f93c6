import { assembleUseCases } from '../../main/app/assemble';
import { rollbackMessage } from '../../main/db/chain-anchor';
import { EventHub } from '../../main/app/event-sink';
import { acceptRollback } from '../../main/app/ledger/accept-rollback';
import { memorySettingsStore } from '../../main/core/settings/settings-store';
import { systemClock } from '../../main/core/ports';
import { stderrLogger } from '../../main/sys/logger';
import { promptHidden, readPassphraseFile } from '../../main/sys/passphrase-prompt';
import { option, userPath } from '../args';
import { confirmOrStop } from '../confirm';
import type { CliContext, Command } from '../context';
import { CliError, EXIT_OK, EXIT_USAGE, messageFor } from '../errors';
import { openLedger, passphraseFileOption, requireLedgerDir } from '../ledger-access';
import { PASSPHRASE_ENV, PASSPHRASE_FILE_OPTION, passphraseSource } from '../passphrase';

/** The confirming manager's secret: typed hidden on a terminal, or the first line of --secret-file. */
export async function staffSecret(context: CliContext, file: string | undefined): Promise<string> {
  if (file !== undefined) {
    const read = await readPassphraseFile(file);
    if (!read.ok) throw new CliError(read.error.message.replace('passphrase file', 'secret file'));
    return read.value;
  }
  if (context.stdin.isTTY !== true) throw new CliError('no staff secret: run in a terminal to type it, or pass --secret-file', EXIT_USAGE);
  const typed = await promptHidden(context, 'PIN or password: ');
  if (typed === undefined) throw new CliError('cancelled; nothing was changed');
  return typed;
}

export const acceptRollbackCommand: Command = {
  spec: {
    name: 'accept-rollback',
    summary: 'accept a database older than its anchor (an owner confirms; audited), then re-anchor',
    required: ['data-dir', 'staff-code'],
    optional: ['secret-file', PASSPHRASE_FILE_OPTION],
    flags: ['yes'],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    await requireLedgerDir(dir);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV, passphraseFileOption(options, context.env)).current();
    const { dataDir, keys } = await openLedger(dir, passphrase, { onRollback: 'report' });
    const assembled = await assembleUseCases({
      dataDir, keys, settings: memorySettingsStore(), events: new EventHub(), clock: systemClock, appVersion: 'cli', log: stderrLogger,
    });
    try {
      const finding = dataDir.rollback;
      if (!finding) throw new CliError(`nothing to accept: the database in ${dir} is not older than its anchor`);
      await confirmOrStop(context, options.has('yes'),
        `${rollbackMessage(finding)}.\nAccept the database in ${dir} as it is? What it lacks stays lost`, 'accept');
      const secretFile = options.get('secret-file');
      const secret = await staffSecret(context, secretFile === undefined ? undefined : userPath(secretFile, context.env));
      const { signIn, session, recordAudit } = assembled.useCases;
      const accepted = await acceptRollback({ dataDir, signIn, session, audit: recordAudit, db: dataDir.db })({
        staffCode: option(options, 'staff-code'), secret, origin: 'cli', cause: 'rollback_accepted',
      });
      if (!accepted.ok) throw new CliError(messageFor('accept-rollback', accepted.error, dir));
      context.out(`accepted the database in ${dir} at entry ${accepted.value.headSeq} (anchor was ${accepted.value.anchorSeq ?? 'none'}); re-anchored`);
      return EXIT_OK;
    } finally {
      await assembled.close();
    }
  },
};
