import type { CommandSpec } from './args';
import { TEST_KDF_ENV } from '../main/sys/kdf-env';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV } from './passphrase';

export function usage(commands: readonly CommandSpec[]): string {
  const lines = commands.map((c) => {
    const opts = [...c.required.map((o) => `--${o} ${o === 'data-dir' ? 'DIR' : o === 'staff-code' ? 'CODE' : 'FILE'}`),
      ...(c.optional ?? []).filter((o) => o !== 'passphrase-file').map((o) => `[--${o} FILE]`),
      ...(c.flags ?? []).map((o) => `[--${o}]`)].join(' ');
    return `  ${`${c.name} ${opts}`.padEnd(44)} ${c.summary}`;
  });
  return [
    'usage: npm run tillbook -- <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'every command also takes --passphrase-file FILE: the passphrase on the first line of FILE',
    '(unlike the variable, it is not readable in /proc/<pid>/environ; keep the file 0600)',
    '',
    'environment:',
    `  ${PASSPHRASE_ENV.padEnd(24)} the passphrase (otherwise a hidden prompt on a terminal)`,
    `  ${NEW_PASSPHRASE_ENV.padEnd(24)} passwd: the new passphrase (otherwise prompted twice)`,
    `  ${TEST_KDF_ENV.padEnd(24)} TESTS ONLY: scrypt N for key files written by init/passwd`,
    '',
    'exit codes: 0 ok, 1 failure (wrong passphrase, damaged or broken ledger, …), 2 usage error',
  ].join('\n');
}
