import { PRODUCTION_KDF, type KdfParams } from '../main/db/passphrase-key-wrap';
import { CliError, EXIT_USAGE } from './errors';

/**
 * TEST ONLY. `TILLBOOK_TEST_KDF_N=<power of two>` makes `init` and `passwd` wrap the keys with a
 * cheap scrypt cost (e.g. 4096 instead of 2^17) so the CLI tests run in milliseconds. A key file
 * written this way is far easier to brute-force: never set it for a real till. Unlocking always
 * uses the parameters stored in the key file, so the variable only affects files being written.
 */
export const TEST_KDF_ENV = 'TILLBOOK_TEST_KDF_N';

export type KdfChoice = { readonly params: KdfParams; readonly testOnly: boolean };

export function kdfFromEnv(env: NodeJS.ProcessEnv): KdfChoice {
  const raw = env[TEST_KDF_ENV];
  if (raw === undefined || raw === '') return { params: PRODUCTION_KDF, testOnly: false };
  const n = Number(raw);
  const powerOfTwo = Number.isSafeInteger(n) && n >= 2 && (n & (n - 1)) === 0;
  if (!/^\d+$/.test(raw) || !powerOfTwo || n > PRODUCTION_KDF.N) {
    throw new CliError(
      `${TEST_KDF_ENV} must be a power of two from 2 to ${PRODUCTION_KDF.N} (tests only)`,
      EXIT_USAGE,
    );
  }
  return { params: { ...PRODUCTION_KDF, N: n }, testOnly: true };
}

export function testKdfWarning(choice: KdfChoice): string | undefined {
  return choice.testOnly
    ? `warning: ${TEST_KDF_ENV}=${choice.params.N} weakens the key file; for tests only`
    : undefined;
}
