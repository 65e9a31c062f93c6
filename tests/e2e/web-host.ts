import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RunningHost = { url: string; origin: string; token: string; stop: () => Promise<void> };

const READY = /^Tillbook is serving at (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)$/;

/**
 * Starts the real web host (`electron/host/serve.ts`) on a fresh data directory and waits for
 * its one line. Small scrypt parameters through the test-only TILLBOOK_TEST_KDF_N keep it fast.
 */
export async function startWebHost(): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'tillbook-e2e-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/host/serve.ts', '--data-dir', dir, '--port', '0'],
    {
      env: { ...process.env, TILLBOOK_PASSPHRASE: 'e2e passphrase 2468', TILLBOOK_TEST_KDF_N: '4096' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await firstMatchingLine(child);
  const match = READY.exec(line);
  if (!match?.[1] || !match[2]) throw new Error(`web host did not start: ${line}`);
  return {
    url: `${match[1]}/?token=${match[2]}`,
    origin: match[1],
    token: match[2],
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function firstMatchingLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('web host start timed out')), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((l) => READY.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${String(code)} before it was ready`));
    });
  });
}
