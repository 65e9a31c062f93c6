import { describe, expect, it } from 'vitest';
import { PRODUCTION_KDF } from '../../electron/main/db/passphrase-key-wrap';
import { parseServeArgs } from '../../electron/host/args';
import { kdfFromEnv } from '../../electron/main/sys/kdf-env';

describe('parseServeArgs', () => {
  const base = { dataDir: undefined, port: 0, passphraseFile: undefined, open: false, demo: false };
  it('reads every flag in both spellings; no arguments at all is valid (the default data directory)', () => {
    expect(parseServeArgs([])).toStrictEqual({ ok: true, value: base });
    expect(parseServeArgs(['--data-dir', '/tmp/a', '--port', '8080'])).toStrictEqual({ ok: true, value: { ...base, dataDir: '/tmp/a', port: 8080 } });
    expect(parseServeArgs(['--data-dir=/tmp/b', '--port=0'])).toStrictEqual({ ok: true, value: { ...base, dataDir: '/tmp/b' } });
    expect(parseServeArgs(['--port', '80'])).toStrictEqual({ ok: true, value: { ...base, port: 80 } });
    expect(parseServeArgs(['--open', '--passphrase-file', '/tmp/p'])).toStrictEqual({
      ok: true,
      value: { ...base, open: true, passphraseFile: '/tmp/p' },
    });
    expect(parseServeArgs(['--passphrase-file=/tmp/q'])).toStrictEqual({ ok: true, value: { ...base, passphraseFile: '/tmp/q' } });
  });

  it('refuses unknown and malformed arguments with one line', () => {
    for (const argv of [['--data-dir'], ['--data-dir='], ['--data-dir', 'x', '--port', '65536'], ['--data-dir', 'x', '--port', '-1'], ['--data-dir', 'x', '--port', '1e3'], ['--data-dir', 'x', '--host', '0.0.0.0'], ['serve'], ['--open=1'], ['--passphrase-file'], ['--passphrase-file=']]) {
      const parsed = parseServeArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.problem).not.toContain('\n');
    }
  });
});

describe('kdfFromEnv', () => {
  it('uses the production parameters unless TILLBOOK_TEST_KDF_N is set', () => {
    expect(kdfFromEnv({})).toEqual({ ok: true, value: { params: PRODUCTION_KDF, testN: undefined } });
    expect(kdfFromEnv({ TILLBOOK_TEST_KDF_N: '1024' })).toEqual({
      ok: true,
      value: { params: { ...PRODUCTION_KDF, N: 1024 }, testN: 1024 },
    });
  });

  it('refuses an N that is not a power of two in range', () => {
    for (const raw of ['1', '1000', '-2', '0x400', '2097152', 'abc']) {
      expect(kdfFromEnv({ TILLBOOK_TEST_KDF_N: raw }).ok, raw).toBe(false);
    }
  });

  it('has one cap for every host: the production N (a test variable may only make scrypt cheaper)', () => {
    expect(kdfFromEnv({ TILLBOOK_TEST_KDF_N: String(PRODUCTION_KDF.N) })).toMatchObject({ ok: true, value: { testN: PRODUCTION_KDF.N } });
    for (const n of [PRODUCTION_KDF.N * 2, 2 ** 20]) {
      expect(kdfFromEnv({ TILLBOOK_TEST_KDF_N: String(n) }), String(n)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining(`from 2 to ${PRODUCTION_KDF.N}`) },
      });
    }
  });
});
