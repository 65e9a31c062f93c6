import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RunningHost = {
  /** The one-time launch link (`/?launch=…`): the first page.goto spends it. */
  url: string;
  origin: string;
  /** The launch token in `url`. */
  token: string;
  /** The scripts' token: `Authorization: Bearer` only. */
  apiToken: string;
  dataDir: string;
  /** A fresh one-time launch link (for a second browser context), minted with the API token. */
  newLaunchUrl: () => Promise<string>;
  stop: () => Promise<void>;
};

const BANNER = [
  /^Tillbook is serving at (http:\/\/127\.0\.0\.1:\d+)\/\?launch=(\S+)$/,
  /^API token: (\S+)$/,
  /^Data directory: (.+)$/,
] as const;

export type WebHostOptions = {
  /** Start on this data directory again (a restart); the caller removes it, `stop` leaves it. */
  readonly dataDir?: string;
  /** More arguments for serve (`--demo`). */
  readonly args?: readonly string[];
};

/**
 * Starts the real web host (`electron/host/serve.ts`) on a fresh data directory (or the one
 * given, for a restart) and waits for its banner. Small scrypt parameters through the test-only
 * TILLBOOK_TEST_KDF_N keep it fast.
 */
export async function startWebHost(options: WebHostOptions = {}): Promise<RunningHost> {
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'tillbook-e2e-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/host/serve.ts', '--data-dir', dir, '--port', '0', ...(options.args ?? [])],
    {
      env: { ...process.env, TILLBOOK_PASSPHRASE: 'e2e passphrase 2468', TILLBOOK_TEST_KDF_N: '4096' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [urlLine, tokenLine, dirLine] = await bannerLines(child);
  const url = BANNER[0].exec(urlLine);
  const api = BANNER[1].exec(tokenLine);
  const data = BANNER[2].exec(dirLine);
  if (!url?.[1] || !url[2] || !api?.[1] || !data?.[1]) throw new Error(`web host did not start: ${urlLine}`);
  const origin = url[1];
  const apiToken = api[1];
  return {
    url: `${origin}/?launch=${url[2]}`,
    origin,
    token: url[2],
    apiToken,
    dataDir: data[1],
    newLaunchUrl: async () => {
      const response = await fetch(`${origin}/launch-links`, { method: 'POST', headers: { Authorization: `Bearer ${apiToken}` } });
      const result = (await response.json()) as { ok: boolean; value?: { url: string } };
      if (!result.ok || result.value === undefined) throw new Error(`no new launch link: ${response.status}`);
      return result.value.url;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      if (options.dataDir === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function bannerLines(child: ChildProcess): Promise<[string, string, string]> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('web host start timed out')), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n').map((l) => l.trim());
      const start = lines.findIndex((l) => BANNER[0].test(l));
      if (start !== -1 && lines.length > start + 3) {
        clearTimeout(timer);
        resolve([lines[start] ?? '', lines[start + 1] ?? '', lines[start + 2] ?? '']);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${String(code)} before it was ready`));
    });
  });
}
