/**
 * `npm run serve [-- --data-dir D] [--port P] [--passphrase-file F] [--open]`: the web host for
 * browser mode and the e2e suite. Unlocks (or creates) the ledger in D (by default the platform's
 * data directory), mounts the same dispatch as the Electron router on 127.0.0.1 and prints the
 * banner to stdout: the one-time launch link, the API token for scripts, the data directory.
 * Everything else (build output, prompts, warnings, logs) goes to stderr. Failures print one
 * line, no stack.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoCall } from '../main/app/demo/demo-call';
import { demoClock } from '../main/app/demo/demo-clock';
import { DEMO_SEED } from '../main/app/demo/demo-random';
import { demoBanner, prepareDemo } from '../main/app/demo/prepare-demo';
import { isFirstRun, openFailureMessage } from '../main/app/open-data-dir';
import { systemClock } from '../main/core/ports';
import { createPrivateDir, defaultDataDir } from '../main/sys/default-data-dir';
import { kdfFromEnv, testKdfWarning } from '../main/sys/kdf-env';
import {
  PASSPHRASE_ENV,
  readPassphrase,
  readPassphraseFile,
  type PassphraseError,
  type PassphraseProblem,
} from '../main/sys/passphrase-prompt';
import type { Result } from '../../shared/domain/result';
import { parseServeArgs, type ServeArgs } from './args';
import { offerNewLinks } from './new-links';
import { openInBrowser } from './open-browser';
import { openHostApp } from './open-app';
import { startHost, type RunningHost } from './server';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

class Exit extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Ctrl-C at the prompt exits like an interrupted command; the rest are usage problems. */
const PASSPHRASE_EXIT: Record<PassphraseProblem, number> = { no_terminal: 2, cancelled: 130, mismatch: 2, unreadable_file: 2 };

/** `--data-dir`, else the platform default (created 0700 here, with any missing parents). */
async function chooseDataDir(args: ServeArgs): Promise<string> {
  if (args.dataDir !== undefined) return args.dataDir;
  const platformDir = defaultDataDir({ platform: process.platform, env: process.env, home: homedir() });
  if (!platformDir.ok) throw new Exit(platformDir.error.message, 2);
  // A demo shop never lives in the real shop's directory: it gets one of its own beside it.
  const chosen = args.demo ? { ...platformDir, value: `${platformDir.value}-demo` } : platformDir;
  try {
    await createPrivateDir(chosen.value);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Exit(`cannot create the data directory ${chosen.value} (${code}); pass --data-dir`, 1);
  }
  return chosen.value;
}

/** `--passphrase-file` wins; TILLBOOK_PASSPHRASE is removed from the environment either way. */
async function obtainPassphrase(args: ServeArgs, dataDir: string): Promise<Result<string, PassphraseError>> {
  if (args.passphraseFile !== undefined) {
    delete process.env[PASSPHRASE_ENV];
    return readPassphraseFile(args.passphraseFile);
  }
  const io = { env: process.env, stdin: process.stdin, stderr: process.stderr };
  return readPassphrase(io, { envName: PASSPHRASE_ENV, fresh: await isFirstRun(dataDir) });
}


/** Builds the renderer once, before serving, if it is missing; never at request time. */
async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  process.stderr.write('out/renderer is missing: running npm run build first\n');
  const env = { ...process.env };
  delete env[PASSPHRASE_ENV];
  const code = await new Promise<number | null>((resolve) => {
    // The build's stdout goes to our stderr: our stdout carries nothing but the URL line.
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', process.stderr, process.stderr],
      shell: process.platform === 'win32',
    });
    child.on('error', () => resolve(null));
    child.on('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0 || !existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Exit('npm run build failed; cannot serve the renderer', 1);
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseServeArgs(argv);
  if (!args.ok) throw new Exit(args.problem, 2);
  const { port } = args.value;
  const kdf = kdfFromEnv(process.env);
  if (!kdf.ok) throw new Exit(kdf.error.message, 2);
  const dataDir = await chooseDataDir(args.value);

  await ensureRendererBuilt();

  const passphrase = await obtainPassphrase(args.value, dataDir);
  if (!passphrase.ok) throw new Exit(passphrase.error.message, PASSPHRASE_EXIT[passphrase.error.problem]);
  const warning = testKdfWarning(kdf.value);
  if (warning !== undefined) process.stderr.write(`${warning}\n`);

  // The demo seeding sets this clock back to date the past week's sales (app/demo/).
  const clock = demoClock(systemClock);
  const opened = await openHostApp({
    clock,
    dataDir,
    passphrase: passphrase.value,
    kdf: kdf.value.params,
    appVersion: appVersion(),
    ...(kdf.value.testN !== undefined ? { secretHashCost: { N: kdf.value.testN } } : {}),
  });
  if (!opened.ok) throw new Exit(`${opened.error.code}: ${openFailureMessage(opened.error, dataDir)}`, 1);
  const { app, events, log } = opened.value;
  if (args.value.demo) {
    const demo = await prepareDemo(((key: string, input: unknown) => app.dispatch(key, input, 'http')) as DemoCall, clock, DEMO_SEED);
    if (demo.kind === 'refused') {
      await app.close();
      throw new Exit(`--demo refused: ${demo.message}`, 2);
    }
    if (demo.kind === 'seeded') process.stdout.write(demoBanner(demo.shop));
  }

  let host: RunningHost;
  try {
    host = await startHost({ dispatch: app.dispatch, events, rendererDir: RENDERER_DIR, port });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new Exit(code === 'EADDRINUSE' ? `port ${port} is already in use` : `cannot listen: ${String(code ?? error)}`, 1);
  }

  let stopLines: (() => void) | undefined;
  // conf's atomic writer (when-exit) re-raises every signal it sees once, so one Ctrl-C arrives
  // twice within milliseconds: repeats in the first second are ignored; a later one forces exit.
  let stoppingAtMs: number | undefined;
  const stop = (): void => {
    if (stoppingAtMs !== undefined) {
      if (Date.now() - stoppingAtMs > 1_000) process.exit(1);
      return;
    }
    stoppingAtMs = Date.now();
    setTimeout(() => process.exit(1), 10_000).unref();
    stopLines?.();
    void (async () => {
      try {
        await host.close();
        await app.close();
      } catch (error) {
        log.error('shutdown failed', { error: error instanceof Error ? error.message : String(error) });
      } finally {
        process.exit(0);
      }
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // The banner. The launch token and the API token appear here and nowhere else.
  process.stdout.write(`Tillbook is serving at ${host.url}\nAPI token: ${host.apiToken}\nData directory: ${dataDir}\n`);
  if (app.mode() === 'recovery') {
    // Not a refusal any more: the browser shows the recovery screen, where an owner accepts it.
    process.stderr.write('the database is older than its chain anchor: do not sell on this till; the browser asks an owner to accept it or put the newer database back\n');
  }
  if (args.value.open) openInBrowser(host.url, { platform: process.platform, spawn, stderr: process.stderr });
  stopLines = offerNewLinks(host.newLaunchUrl, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const code = error instanceof Exit ? error.code : 1;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`tillbook serve: ${message.split('\n')[0] ?? 'failed'}\n`);
  process.exit(code);
});
