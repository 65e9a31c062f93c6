import { err, ok, type Result } from '../../../shared/domain/result';
import { PRODUCTION_KDF, type KdfParams } from '../db/passphrase-key-wrap';

/**
 * TEST ONLY. `TILLBOOK_TEST_KDF_N=<power of two>` makes the key files a host writes (first run,
 * `init`, `passwd`) and the web host's staff secrets use a cheap scrypt cost, so the CLI, host
 * and e2e tests run in milliseconds. One rule for every host: a power of two from 2 up to the
 * production N, never above it (the variable exists to make tests cheaper, not to tune
 * production). A key file written this way is far easier to brute-force: never set it for a real
 * till. Unlocking always uses the parameters stored in the key file.
 */
export const TEST_KDF_ENV = 'TILLBOOK_TEST_KDF_N';

export type KdfChoice = {
  readonly params: KdfParams;
  /** The test N when the variable is set (it also cheapens staff secrets); undefined in production. */
  readonly testN: number | undefined;
};

export function kdfFromEnv(env: NodeJS.ProcessEnv): Result<KdfChoice> {
  const raw = env[TEST_KDF_ENV];
  if (raw === undefined || raw === '') return ok({ params: PRODUCTION_KDF, testN: undefined });
  const n = Number(raw);
  const powerOfTwo = Number.isSafeInteger(n) && n >= 2 && (n & (n - 1)) === 0;
  if (!/^\d+$/.test(raw) || !powerOfTwo || n > PRODUCTION_KDF.N) {
    return err('invalid_input', `${TEST_KDF_ENV} must be a power of two from 2 to ${PRODUCTION_KDF.N} (tests only)`);
  }
  return ok({ params: { ...PRODUCTION_KDF, N: n }, testN: n });
}

/** The line a host prints when the variable is set, so nobody runs a real till with it unnoticed. */
export function testKdfWarning(choice: KdfChoice): string | undefined {
  return choice.testN === undefined
    ? undefined
    : `warning: ${TEST_KDF_ENV}=${choice.testN} makes scrypt cheap and key files weak; for tests only`;
}
