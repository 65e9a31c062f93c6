import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/main/sys/default-data-dir';
import { JSON_HEADERS, send } from './support';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PASSPHRASE = 'correct horse battery staple';
const URL_LINE = /^Tillbook is serving at http:\/\/127\.0\.0\.1:(\d+)\/\?launch=([A-Za-z0-9_-]{43})$/;
const TOKEN_LINE = /^API token: ([A-Za-z0-9_-]{43})$/;
const DIR_LINE = /^Data directory: (.+)$/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tillbook-serve-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Run = { child: ChildProcessWithoutNullStreams; stdout: () => string; stderr: () => string; exit: Promise<number | null> };

function serve(args: string[], env: Record<string, string | undefined>): Run {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TILLBOOK_TEST_KDF_N: '1024' };
  delete childEnv['TILLBOOK_PASSPHRASE'];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', ...args], {
    cwd: REPO,
    env: childEnv,
    stdio: 'pipe',
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

type Banner = { lines: string[]; port: number; launch: string; apiToken: string; dataDir: string };

/** Waits for the three banner lines on stdout and reads them. */
async function banner(run: Run, timeoutMs = 45_000): Promise<Banner> {
  const start = Date.now();
  while (run.stdout().split('\n').length < 4) {
    if (run.child.exitCode !== null) throw new Error(`serve exited ${run.child.exitCode}: ${run.stderr()}`);
    if (Date.now() - start > timeoutMs) throw new Error(`no banner; stderr: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const lines = run.stdout().split('\n').slice(0, 3);
  const url = URL_LINE.exec(lines[0] ?? '');
  const token = TOKEN_LINE.exec(lines[1] ?? '');
  const dirLine = DIR_LINE.exec(lines[2] ?? '');
  if (!url || !token || !dirLine) throw new Error(`not the banner: ${JSON.stringify(lines)}`);
  return { lines, port: Number(url[1]), launch: url[2] ?? '', apiToken: token[1] ?? '', dataDir: dirLine[1] ?? '' };
}

const firstLine = async (run: Run): Promise<string> => (await banner(run)).lines[0] ?? '';

const oneLine = (text: string) => text.trim().split('\n');

describe('npm run serve (electron/host/serve.ts)', () => {
  // `npm test` builds before the unit tests, so the built renderer is always there to serve.
  it(
    'prints the banner (launch link, API token, data directory), serves the real app, and exits 0 on SIGTERM',
    async () => {
      const data = join(dir, 'data');
      const run = serve(['--data-dir', data, '--port', '0'], { TILLBOOK_PASSPHRASE: PASSPHRASE });
      try {
        const shown = await banner(run);
        expect(shown.dataDir).toBe(data);
        expect(shown.apiToken).not.toBe(shown.launch);

        const reply = await send(shown.port, {
          method: 'POST',
          path: '/api/system.status',
          headers: { ...JSON_HEADERS, Authorization: `Bearer ${shown.apiToken}` },
          body: '{}',
        });
        expect(reply.status).toBe(200);
        expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { setupDone: false, database: { encrypted: true } } });
        // The launch token is no API credential.
        const asBearer = await send(shown.port, {
          method: 'POST',
          path: '/api/system.status',
          headers: { ...JSON_HEADERS, Authorization: `Bearer ${shown.launch}` },
          body: '{}',
        });
        expect(asBearer.status).toBe(401);
        const page = await send(shown.port, { path: `/?launch=${shown.launch}`, headers: { 'Sec-Fetch-Site': 'none' } });
        expect(page.status).toBe(200);
        expect(page.headers['content-security-policy']).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
        expect(page.body).toMatch(/<meta name="tillbook-page-secret" content="[A-Za-z0-9_-]{43}">/);

        run.child.kill('SIGTERM');
        expect(await run.exit).toBe(0);
        expect(run.stdout()).toBe(`${shown.lines.join('\n')}\n`);
        expect(run.stderr()).not.toContain(shown.launch);
        expect(run.stderr()).not.toContain(shown.apiToken);
      } finally {
        run.child.kill('SIGKILL');
      }
    },
  );

  it('refuses a wrong passphrase with one line, no stack, and a non-zero exit', async () => {
    // the ledger from the test above, or a new one made here
    const data = join(dir, 'wrong');
    const made = serve(['--data-dir', data], { TILLBOOK_PASSPHRASE: PASSPHRASE });
    await firstLine(made).finally(() => made.child.kill('SIGTERM'));
    await made.exit;

    const run = serve(['--data-dir', data], { TILLBOOK_PASSPHRASE: 'this is not the passphrase' });
    const code = await run.exit;
    expect(code).not.toBe(0);
    expect(run.stdout()).toBe('');
    const lines = oneLine(run.stderr()).filter((l) => !l.startsWith('warning:'));
    expect(lines).toEqual(['tillbook serve: wrong_key: the passphrase does not unlock this ledger']);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('refuses to start without a passphrase and without a terminal', async () => {
    const run = serve(['--data-dir', join(dir, 'none')], { TILLBOOK_PASSPHRASE: undefined });
    run.child.stdin.end();
    expect(await run.exit).not.toBe(0);
    expect(run.stdout()).toBe('');
    expect(oneLine(run.stderr())).toEqual(['tillbook serve: no passphrase: set TILLBOOK_PASSPHRASE or run in a terminal to type it']);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });

  it('refuses bad arguments with one line and exit 2', async () => {
    for (const args of [
      ['--data-dir'],
      ['--data-dir', join(dir, 'x'), '--port', 'abc'],
      ['--data-dir', join(dir, 'x'), '--bind', '0.0.0.0'],
      ['--data-dir', join(dir, 'x'), '--open=yes'],
      ['--data-dir', join(dir, 'x'), '--passphrase-file'],
    ]) {
      const run = serve(args, { TILLBOOK_PASSPHRASE: PASSPHRASE });
      expect(await run.exit, args.join(' ')).toBe(2);
      expect(run.stdout()).toBe('');
      expect(oneLine(run.stderr())).toHaveLength(1);
      expect(run.stderr()).toMatch(/^tillbook serve: /);
    }
  });

  it('with no arguments on a fresh HOME: creates the platform default data directory 0700 and prints the banner', async () => {
    const home = join(dir, 'fresh-home');
    mkdirSync(home);
    const env = { HOME: home, USERPROFILE: home, XDG_DATA_HOME: undefined, APPDATA: undefined, TILLBOOK_PASSPHRASE: PASSPHRASE };
    const expected = defaultDataDir({ platform: process.platform, env: {}, home });
    if (!expected.ok) throw new Error(expected.error.message);
    if (process.platform === 'linux') expect(expected.value).toBe(join(home, '.local', 'share', 'tillbook'));
    const run = serve([], env);
    try {
      const shown = await banner(run);
      expect(shown.dataDir).toBe(expected.value);
      if (process.platform !== 'win32') expect(statSync(expected.value).mode & 0o777).toBe(0o700);
      expect(existsSync(join(expected.value, 'tillbook.key'))).toBe(true);
      const reply = await send(shown.port, {
        method: 'POST',
        path: '/api/system.status',
        headers: { ...JSON_HEADERS, Authorization: `Bearer ${shown.apiToken}` },
        body: '{}',
      });
      expect(reply.status).toBe(200);
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it('honours an absolute XDG_DATA_HOME on Linux', async () => {
    if (process.platform !== 'linux') return;
    const xdg = join(dir, 'xdg-data');
    const run = serve([], { HOME: join(dir, 'unused-home'), XDG_DATA_HOME: xdg, TILLBOOK_PASSPHRASE: PASSPHRASE });
    try {
      expect((await banner(run)).dataDir).toBe(join(xdg, 'tillbook'));
      expect(existsSync(join(dir, 'unused-home'))).toBe(false);
      run.child.kill('SIGTERM');
      await run.exit;
    } finally {
      run.child.kill('SIGKILL');
    }
  });

  it('reads the passphrase from --passphrase-file (not the environment), and refuses an unreadable file', async () => {
    const file = join(dir, 'passphrase.txt');
    writeFileSync(file, `${PASSPHRASE}\n`, { mode: 0o600 });
    const data = join(dir, 'from-file');
    const made = serve(['--data-dir', data, '--passphrase-file', file], { TILLBOOK_PASSPHRASE: undefined });
    try {
      await banner(made);
    } finally {
      made.child.kill('SIGTERM');
    }
    await made.exit;

    // The same ledger opens with the environment variable: the file held the same passphrase.
    const again = serve(['--data-dir', data], { TILLBOOK_PASSPHRASE: PASSPHRASE });
    try {
      await banner(again);
    } finally {
      again.child.kill('SIGTERM');
    }
    await again.exit;

    const missing = serve(['--data-dir', data, '--passphrase-file', join(dir, 'no-such-file')], { TILLBOOK_PASSPHRASE: PASSPHRASE });
    expect(await missing.exit).toBe(2);
    expect(missing.stdout()).toBe('');
    expect(oneLine(missing.stderr()).filter((l) => !l.startsWith('warning:'))).toEqual([
      `tillbook serve: cannot read the passphrase file ${join(dir, 'no-such-file')} (ENOENT)`,
    ]);
  });
});
