import { verifyLedger, type VerifyReport } from '../../main/db/verify';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_OK } from '../errors';
import { openForReading, requireLedgerDir } from '../ledger-access';
import { PASSPHRASE_ENV, passphraseSource } from '../passphrase';

export const verifyCommand: Command = {
  spec: {
    name: 'verify',
    summary: 'recompute the hash chain from genesis and check balances; exit 1 at the first broken seq',
    required: ['data-dir'],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    await requireLedgerDir(dir);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV).current();
    const { db, mac } = await openForReading(dir, passphrase);
    let report: VerifyReport;
    try {
      const showProgress = context.stderr.isTTY === true;
      report = await verifyLedger(db, mac, showProgress
        ? (done, total) => context.stderr.write(`\rverifying ${done}/${total}…`)
        : undefined);
      if (showProgress) context.stderr.write('\r\x1b[K');
    } finally {
      await db.close();
    }
    if (!report.ok) throw new CliError(verdict(report));
    context.out(`chain ok: ${report.entriesVerified} entries`);
    return EXIT_OK;
  },
};

/** One line: the first broken seq when there is one, otherwise the first inconsistency. */
export function verdict(report: VerifyReport): string {
  const withSeq = report.problems.find((p) => p.seq !== undefined && p.seq === report.firstBadSeq);
  const first = withSeq ?? report.problems[0];
  const more = report.problems.length - 1;
  const tail = more > 0 ? ` (+${more} more problem${more === 1 ? '' : 's'})` : '';
  if (withSeq) return `chain broken at seq ${withSeq.seq}: ${withSeq.message}${tail}`;
  return `ledger inconsistent: ${first?.message ?? 'verification failed'}${tail}`;
}
