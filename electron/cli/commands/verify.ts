import { EventHub } from '../../main/app/event-sink';
import { verifyLedger, type VerifySummary } from '../../main/app/ledger/verify-ledger';
import { systemClock } from '../../main/core/ports';
import { option, userPath } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_OK } from '../errors';
import { openLedger, passphraseFileOption, requireLedgerDir } from '../ledger-access';
import { PASSPHRASE_ENV, PASSPHRASE_FILE_OPTION, passphraseSource } from '../passphrase';

export const verifyCommand: Command = {
  spec: {
    name: 'verify',
    summary: 'recompute the hash chain from genesis and check balances; exit 1 at the first broken seq',
    required: ['data-dir'],
    optional: [PASSPHRASE_FILE_OPTION],
  },
  async run(options, context) {
    const dir = userPath(option(options, 'data-dir'), context.env);
    await requireLedgerDir(dir);
    const passphrase = await passphraseSource(context, PASSPHRASE_ENV, passphraseFileOption(options, context.env)).current();
    const { dataDir } = await openLedger(dir, passphrase);
    let summary: VerifySummary;
    try {
      const showProgress = context.stderr.isTTY === true;
      const events = new EventHub();
      if (showProgress) {
        events.subscribe({
          emit: (name, payload) => {
            if (name === 'ledger.verifyProgress') {
              const { verified, total } = payload as { verified: number; total: number };
              context.stderr.write(`\rverifying ${verified}/${total}…`);
            }
          },
        });
      }
      // The app's verify use case: the same walk, and the summary kept in meta for Ledger health.
      summary = await verifyLedger({ ...dataDir, clock: systemClock, events })();
      if (showProgress) context.stderr.write('\r\x1b[K');
    } finally {
      await dataDir.close();
    }
    if (!summary.ok) throw new CliError(verdict(summary));
    context.out(`chain ok: ${summary.entriesVerified} entries`);
    return EXIT_OK;
  },
};

/** One line: the first broken seq when there is one, otherwise the first inconsistency. */
export function verdict(report: Pick<VerifySummary, 'problems' | 'firstBadSeq'>): string {
  const withSeq = report.problems.find((p) => p.seq !== null && p.seq === report.firstBadSeq);
  const first = withSeq ?? report.problems[0];
  const more = report.problems.length - 1;
  const tail = more > 0 ? ` (+${more} more problem${more === 1 ? '' : 's'})` : '';
  if (withSeq) return `chain broken at seq ${withSeq.seq}: ${withSeq.message}${tail}`;
  return `ledger inconsistent: ${first?.message ?? 'verification failed'}${tail}`;
}
