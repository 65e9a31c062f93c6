import type { CommandSpec } from './args';
import { TEST_KDF_ENV } from '../main/sys/kdf-env';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV } from './passphrase';

export function usage(commands: readonly CommandSpec[]): string {
  const lines = commands.map((c) => {
    const opts = [...c.required.map((o) => `--${o} ${o === 'out' ? 'FILE' : 'DIR'}`),
      ...(c.optional ?? []).map((o) => `[--${o} VALUE]`)].join(' ');
    return `  ${`${c.name} ${opts}`.padEnd(36)} ${c.summary}`;
  });
  return [
    'usage: npm run tillbook -- <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'environment:',
    `  ${PASSPHRASE_ENV.padEnd(24)} the passphrase (otherwise a hidden prompt on a terminal)`,
    `  ${NEW_PASSPHRASE_ENV.padEnd(24)} passwd: the new passphrase (otherwise prompted twice)`,
    `  ${TEST_KDF_ENV.padEnd(24)} TESTS ONLY: scrypt N for key files written by init/passwd`,
    '',
    'exit codes: 0 ok, 1 failure (wrong passphrase, damaged or broken ledger, …), 2 usage error',
  ].join('\n');
}
