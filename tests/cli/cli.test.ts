import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, closeSync, writeSync, fstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirPaths } from '../../electron/main/db/data-dir';
import { unlockKeyFile } from '../../electron/main/db/passphrase-key-wrap';
import { tempDir } from '../support/test-db';
import { expectOneLineFailure, openWithKeys, populate } from './cli-fixtures';
import { PASSPHRASE, runCli } from './run-cli';

describe('tillbook CLI', () => {
  const tmp = tempDir('tillbook-cli-');
  const dir = join(tmp.dir, 'ledger');
  let entries = 0;
  let seqs: number[] = [];

  beforeAll(async () => {
    const init = await runCli(['init', '--data-dir', dir]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(new RegExp(`^initialised ledger in ${dir} \\(terminal [0-9a-f-]{36}\\)\\n$`));
    ({ seqs, entries } = await populate(dir, 5));
    // The data directory 0700, its files 0600 (the WAL and shared memory follow the database).
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of [dataDirPaths(dir).keyFile, dataDirPaths(dir).db, dataDirPaths(dir).anchor]) {
      expect(statSync(file).mode & 0o777, file).toBe(0o600);
    }
  });
  afterAll(() => tmp.cleanup());

  it('verifies an intact ledger: chain ok with the entry count, exit 0', async () => {
    const run = await runCli(['verify', '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`chain ok: ${entries} entries\n`);
    expect(run.stderr).toBe('');
  });

  it('verifies a fresh ledger as chain ok: 0 entries', async () => {
    const fresh = join(tmp.dir, 'fresh');
    expect((await runCli(['init', `--data-dir=${fresh}`])).code).toBe(0);
    const run = await runCli(['verify', '--data-dir', fresh]);
    expect(run.stdout).toBe('chain ok: 0 entries\n');
    expect(run.code).toBe(0);
  });

  it('refuses to init over an existing ledger', async () => {
    const before = readFileSync(dataDirPaths(dir).keyFile, 'utf8');
    expectOneLineFailure(await runCli(['init', '--data-dir', dir]), 1, /already exists/);
    expect(readFileSync(dataDirPaths(dir).keyFile, 'utf8')).toBe(before);
  });

  it('rejects a weak passphrase at init and leaves nothing behind', async () => {
    const weak = join(tmp.dir, 'weak');
    expectOneLineFailure(await runCli(['init', '--data-dir', weak], { TILLBOOK_PASSPHRASE: 'short' }), 1, /at least 12 characters/);
    expect(existsSync(dataDirPaths(weak).keyFile)).toBe(false);
    expect(existsSync(dataDirPaths(weak).db)).toBe(false);
  });

  it('reports a wrong passphrase in one line, exit 1, no stack trace', async () => {
    const run = await runCli(['verify', '--data-dir', dir], { TILLBOOK_PASSPHRASE: 'not the passphrase at all' });
    expectOneLineFailure(run, 1, /^tillbook: wrong passphrase$/);
    expect(run.stdout).toBe('');
  });

  it('reports a missing data directory', async () => {
    expectOneLineFailure(await runCli(['verify', '--data-dir', join(tmp.dir, 'nowhere')]), 1, /no data directory at .*nowhere/);
  });

  it('reports a directory without a ledger', async () => {
    const empty = join(tmp.dir, 'empty');
    mkdirSync(empty);
    expectOneLineFailure(await runCli(['verify', '--data-dir', empty]), 1, /no ledger in .*init --data-dir/);
  });

  it('reports usage errors with exit 2', async () => {
    expectOneLineFailure(await runCli(['frobnicate']), 2, /unknown command "frobnicate"/);
    expectOneLineFailure(await runCli([]), 2, /missing command/);
    expectOneLineFailure(await runCli(['verify']), 2, /verify needs --data-dir/);
    expectOneLineFailure(await runCli(['verify', '--data-dir']), 2, /--data-dir needs a value/);
    expectOneLineFailure(await runCli(['verify', '--data-dir', dir, '--colour', 'red']), 2, /unknown option --colour/);
    expectOneLineFailure(await runCli(['verify', dir]), 2, /unexpected argument/);
    expectOneLineFailure(await runCli(['backup', '--data-dir', dir]), 2, /backup needs --out/);
    expectOneLineFailure(await runCli(['init', '--data-dir', join(tmp.dir, 'x')], { TILLBOOK_TEST_KDF_N: '1000' }), 2, /TILLBOOK_TEST_KDF_N must be a power of two/);
  });

  it('prints help on --help with exit 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: npm run tillbook');
    expect(run.stdout).toContain('TILLBOOK_TEST_KDF_N');
  });

  it('fails clearly without a passphrase and without a terminal', async () => {
    expectOneLineFailure(await runCli(['verify', '--data-dir', dir], { TILLBOOK_PASSPHRASE: undefined }), 2, /no passphrase: set TILLBOOK_PASSPHRASE/);
  });

  it('writes a 0600 backup, and never overwrites one', async () => {
    const out = join(tmp.dir, 'backup.db');
    const run = await runCli(['backup', '--data-dir', dir, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^backup written to .*backup\.db \(\d+ bytes\)/);
    expectOneLineFailure(await runCli(['backup', '--data-dir', dir, '--out', out]), 1, /already exists/);
    expectOneLineFailure(await runCli(['backup', '--data-dir', dir, '--out', join(tmp.dir, 'no', 'such', 'b.db')]), 1, /no directory/);

    expect(statSync(out).mode & 0o777).toBe(0o600);
    // Restoring it is tests/cli/restore.test.ts.
  });

  it('reports a busy database clearly when another process holds it exclusively', async () => {
    const ledger = await openWithKeys(dir);
    try {
      await ledger.db.tx.exclusive((connection) => connection.exec('PRAGMA locking_mode = EXCLUSIVE'));
      await ledger.db.tx.write((tx) => tx.run("UPDATE meta SET value = value WHERE key = 'terminal_id'"));
      const run = await runCli(['backup', '--data-dir', dir, '--out', join(tmp.dir, 'busy.db')]);
      expectOneLineFailure(run, 1, /in use by another process/);
    } finally {
      await ledger.close();
    }
  });

  it('re-encrypts with rekey and keeps verifying; passwd swaps the passphrase', async () => {
    const copy = join(tmp.dir, 'rekeyed');
    mkdirSync(copy);
    copyFileSync(dataDirPaths(dir).db, dataDirPaths(copy).db);
    copyFileSync(dataDirPaths(dir).keyFile, dataDirPaths(copy).keyFile);
    copyFileSync(dataDirPaths(dir).anchor, dataDirPaths(copy).anchor);
    const before = await unlockKeyFile(dataDirPaths(copy).keyFile, PASSPHRASE);

    const rekey = await runCli(['rekey', '--data-dir', copy]);
    expect(rekey.code, rekey.stderr).toBe(0);
    const after = await unlockKeyFile(dataDirPaths(copy).keyFile, PASSPHRASE);
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok) {
      expect(Buffer.from(after.value.db).equals(Buffer.from(before.value.db))).toBe(false);
      expect(Buffer.from(after.value.root).equals(Buffer.from(before.value.root))).toBe(true);
      expect(after.value.pendingDb).toBeUndefined();
    }
    expect((await runCli(['verify', '--data-dir', copy])).stdout).toBe(`chain ok: ${entries} entries\n`);

    const next = 'a different long passphrase';
    const passwd = await runCli(['passwd', '--data-dir', copy], { TILLBOOK_NEW_PASSPHRASE: next });
    expect(passwd.code, passwd.stderr).toBe(0);
    expect(passwd.stdout).toBe(`passphrase changed for ${copy}\n`);
    expectOneLineFailure(await runCli(['verify', '--data-dir', copy]), 1, /wrong passphrase/);
    const verify = await runCli(['verify', '--data-dir', copy], { TILLBOOK_PASSPHRASE: next });
    expect(verify.code, verify.stderr).toBe(0);
    expectOneLineFailure(await runCli(['passwd', '--data-dir', copy], { TILLBOOK_PASSPHRASE: 'not the passphrase at all', TILLBOOK_NEW_PASSPHRASE: next }), 1, /wrong passphrase/);
  });

  it('names the first broken seq after a transfer is tampered with', async () => {
    const copy = join(tmp.dir, 'tampered');
    mkdirSync(copy);
    copyFileSync(dataDirPaths(dir).db, dataDirPaths(copy).db);
    copyFileSync(dataDirPaths(dir).keyFile, dataDirPaths(copy).keyFile);
    copyFileSync(dataDirPaths(dir).anchor, dataDirPaths(copy).anchor);
    const target = seqs[2] as number;
    const ledger = await openWithKeys(copy);
    try {
      await ledger.db.tx.exclusive((connection) => connection.exec(
        `DROP TRIGGER transfer_no_update; UPDATE transfer SET amount = amount + 1 WHERE seq = ${target} AND leg = 0`,
      ));
    } finally {
      await ledger.close();
    }
    const run = await runCli(['verify', '--data-dir', copy]);
    expectOneLineFailure(run, 1, new RegExp(`^tillbook: chain broken at seq ${target}: `));
    expect(run.stdout).toBe('');
  });

  it('says a key file of another ledger does not open this database (not that it is damaged)', async () => {
    const other = join(tmp.dir, 'other-ledger');
    expect((await runCli(['init', '--data-dir', other])).code).toBe(0);
    const mixed = join(tmp.dir, 'mixed');
    mkdirSync(mixed);
    copyFileSync(dataDirPaths(dir).db, dataDirPaths(mixed).db);
    copyFileSync(dataDirPaths(other).keyFile, dataDirPaths(mixed).keyFile);
    const run = await runCli(['verify', '--data-dir', mixed]);
    expectOneLineFailure(run, 1, /the key file in .*mixed does not open this database/);
    expect(run.stderr).not.toMatch(/damaged/);
  });

  it('reports a damaged database file in one line', async () => {
    const copy = join(tmp.dir, 'damaged');
    mkdirSync(copy);
    copyFileSync(dataDirPaths(dir).db, dataDirPaths(copy).db);
    copyFileSync(dataDirPaths(dir).keyFile, dataDirPaths(copy).keyFile);
    copyFileSync(dataDirPaths(dir).anchor, dataDirPaths(copy).anchor);
    const fd = openSync(dataDirPaths(copy).db, 'r+');
    try {
      const size = fstatSync(fd).size;
      writeSync(fd, Buffer.from('garbage!'), 0, 8, Math.floor(size / 2));
    } finally {
      closeSync(fd);
    }
    expectOneLineFailure(await runCli(['verify', '--data-dir', copy]), 1, /is damaged: .*HMAC|is damaged/);
  });
});
