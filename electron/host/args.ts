import { resolve } from 'node:path';

export type ServeArgs = { readonly dataDir: string; readonly port: number };

export const USAGE = 'usage: npm run serve -- --data-dir <dir> [--port <0-65535>]';

/** `--data-dir D [--port P]` (also `--data-dir=D`, `--port=P`). Returns a one-line problem. */
export function parseServeArgs(argv: readonly string[]): { ok: true; value: ServeArgs } | { ok: false; problem: string } {
  let dataDir: string | undefined;
  let port: number | undefined;
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
      default:
        return { ok: false, problem: `unknown argument ${JSON.stringify(arg)}. ${USAGE}` };
    }
  }
  if (dataDir === undefined) return { ok: false, problem: `--data-dir is required. ${USAGE}` };
  return { ok: true, value: { dataDir, port: port ?? 0 } };
}
