import { resolve } from 'node:path';

export type ServeArgs = {
  /** undefined: the platform's default (sys/default-data-dir.ts). */
  readonly dataDir: string | undefined;
  readonly port: number;
  /** `--passphrase-file F`: read the passphrase from F instead of TILLBOOK_PASSPHRASE or a prompt. */
  readonly passphraseFile: string | undefined;
  /** `--open`: open the launch link in the default browser. */
  readonly open: boolean;
  /** `--demo`: a demo shop (issue 9 §7) in an empty data directory, or a demo shop made before. */
  readonly demo: boolean;
};

export const USAGE = 'usage: npm run serve -- [--data-dir <dir>] [--port <0-65535>] [--passphrase-file <file>] [--open] [--demo]';

/**
 * `[--data-dir D] [--port P] [--passphrase-file F] [--open]` (also `--name=value`). Returns a
 * one-line problem.
 */
export function parseServeArgs(argv: readonly string[]): { ok: true; value: ServeArgs } | { ok: false; problem: string } {
  let dataDir: string | undefined;
  let port: number | undefined;
  let passphraseFile: string | undefined;
  let open = false;
  let demo = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    const takeValue = (): string | undefined => {
      if (eq !== -1 && arg.startsWith('--')) return arg.slice(eq + 1);
      i += 1;
      return argv[i];
    };
    switch (name) {
      case '--data-dir':
        value = takeValue();
        if (value === undefined || value === '') return { ok: false, problem: `--data-dir needs a directory. ${USAGE}` };
        dataDir = resolve(value);
        break;
      case '--port':
        value = takeValue();
        if (value === undefined || !/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
          return { ok: false, problem: `--port needs a number from 0 to 65535. ${USAGE}` };
        }
        port = Number(value);
        break;
      case '--passphrase-file':
        value = takeValue();
        if (value === undefined || value === '') return { ok: false, problem: `--passphrase-file needs a file. ${USAGE}` };
        passphraseFile = resolve(value);
        break;
      case '--open':
        if (eq !== -1) return { ok: false, problem: `--open takes no value. ${USAGE}` };
        open = true;
        break;
      case '--demo':
        if (eq !== -1) return { ok: false, problem: `--demo takes no value. ${USAGE}` };
        demo = true;
        break;
      default:
        return { ok: false, problem: `unknown argument ${JSON.stringify(arg)}. ${USAGE}` };
    }
  }
  return { ok: true, value: { dataDir, port: port ?? 0, passphraseFile, open, demo } };
}
