import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_HEADERS, send } from './support';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PASSPHRASE = 'correct horse battery staple';
const URL_LINE = /^Tillbook is serving at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43})$/;

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

async function firstLine(run: Run, timeoutMs = 45_000): Promise<string> {
  const start = Date.now();
  while (!run.stdout().includes('\n')) {
    if (run.child.exitCode !== null) throw new Error(`serve exited ${run.child.exitCode}: ${run.stderr()}`);
    if (Date.now() - start > timeoutMs) throw new Error(`no URL line; stderr: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return run.stdout().split('\n')[0] ?? '';
}

const oneLine = (text: string) => text.trim().split('\n');

describe('npm run serve (electron/host/serve.ts)', () => {
  // `npm test` builds before the unit tests, so the built renderer is always there to serve.
  it(
    'prints exactly one line with the URL, serves the real app, and exits 0 on SIGTERM',
    async () => {
      const run = serve(['--data-dir', join(dir, 'data'), '--port', '0'], { TILLBOOK_PASSPHRASE: PASSPHRASE });
      try {
        const line = await firstLine(run);
        const match = URL_LINE.exec(line);
        expect(match, line).not.toBeNull();
        const port = Number(match?.[1]);
        const token = match?.[2] ?? '';

        const reply = await send(port, {
          method: 'POST',
          path: '/api/system.status',
          headers: { ...JSON_HEADERS, Authorization: `Bearer ${token}` },
          body: '{}',
        });
        expect(reply.status).toBe(200);
        expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { setupDone: false, database: { encrypted: true } } });
        const page = await send(port, { path: '/', headers: { Authorization: `Bearer ${token}` } });
        expect(page.status).toBe(200);
        expect(page.headers['content-security-policy']).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);

        run.child.kill('SIGTERM');
        expect(await run.exit).toBe(0);
        expect(run.stdout()).toBe(`${line}\n`);
        expect(run.stderr()).not.toContain(token);
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
    for (const args of [['--port', '80'], ['--data-dir', join(dir, 'x'), '--port', 'abc'], ['--data-dir', join(dir, 'x'), '--bind', '0.0.0.0']]) {
      const run = serve(args, { TILLBOOK_PASSPHRASE: PASSPHRASE });
      expect(await run.exit, args.join(' ')).toBe(2);
      expect(run.stdout()).toBe('');
      expect(oneLine(run.stderr())).toHaveLength(1);
      expect(run.stderr()).toMatch(/^tillbook serve: /);
    }
  });
});
