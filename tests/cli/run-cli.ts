import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const PASSPHRASE = 'correct horse battery staple';

export type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * Spawns the real CLI as `npm run tillbook` would (tsx), with no terminal: stdin is closed, so
 * a missing passphrase must fail instead of prompting. TILLBOOK_TEST_KDF_N keeps scrypt cheap.
 */
export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const base: NodeJS.ProcessEnv = { ...process.env, TILLBOOK_TEST_KDF_N: '4096', TILLBOOK_PASSPHRASE: PASSPHRASE };
  delete base['TILLBOOK_NEW_PASSPHRASE'];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete base[name];
    else base[name] = value;
  }
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
      cwd: REPO,
      env: base,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The stderr lines that are not the test-KDF warning. */
export function errorLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '' && !line.includes('for tests only'));
}
