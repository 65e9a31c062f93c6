import { isAbsolute, resolve } from 'node:path';
import { UsageError } from './errors';

/** The options a command accepts: each takes one value (`--name VALUE` or `--name=VALUE`). */
export type CommandSpec = {
  readonly name: string;
  readonly summary: string;
  readonly required: readonly string[];
  readonly optional?: readonly string[];
  /** Options without a value (`--yes`); present means set. */
  readonly flags?: readonly string[];
};

export type Parsed =
  | { readonly kind: 'help' }
  | { readonly kind: 'command'; readonly spec: CommandSpec; readonly options: ReadonlyMap<string, string> };

const HELP = new Set(['--help', '-h', 'help']);

/**
 * `tillbook <command> [--option value]…`. Strict: an unknown command or option, a repeated or
 * empty option, a missing value or a stray positional argument is a usage error.
 */
export function parseArgs(argv: readonly string[], commands: readonly CommandSpec[]): Parsed {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('missing command');
  if (HELP.has(name)) return { kind: 'help' };
  const spec = commands.find((c) => c.name === name);
  if (!spec) {
    const known = commands.map((c) => c.name).join(', ');
    throw new UsageError(`unknown command "${printable(name)}" (commands: ${known})`);
  }
  const allowed = new Set([...spec.required, ...(spec.optional ?? []), ...(spec.flags ?? [])]);
  const flags = new Set(spec.flags ?? []);
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 1) {
    const token = rest[i] as string;
    if (HELP.has(token)) return { kind: 'help' };
    if (!token.startsWith('--')) {
      throw new UsageError(`unexpected argument "${printable(token)}" for ${spec.name}`);
    }
    const eq = token.indexOf('=');
    const option = eq === -1 ? token.slice(2) : token.slice(2, eq);
    if (!allowed.has(option)) {
      throw new UsageError(`unknown option --${printable(option)} for ${spec.name}`);
    }
    if (options.has(option)) throw new UsageError(`--${option} given twice`);
    if (flags.has(option)) {
      if (eq !== -1) throw new UsageError(`--${option} takes no value`);
      options.set(option, 'yes');
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) {
      value = token.slice(eq + 1);
    } else {
      value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${option} needs a value`);
      i += 1;
    }
    if (value === '') throw new UsageError(`--${option} needs a value`);
    options.set(option, value);
  }
  for (const option of spec.required) {
    if (!options.has(option)) throw new UsageError(`${spec.name} needs --${option}`);
  }
  return { kind: 'command', spec, options };
}

/** Required options are checked by `parseArgs`; this is the typed read. */
export function option(options: ReadonlyMap<string, string>, name: string): string {
  const value = options.get(name);
  if (value === undefined) throw new UsageError(`missing --${name}`);
  return value;
}

/** Echoed input stays one short line, whatever was typed. */
function printable(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/**
 * A path argument. `npm run` starts scripts in the package root, not where the operator typed
 * the command (npm passes that as INIT_CWD), so relative paths resolve against INIT_CWD.
 */
export function userPath(path: string, env: NodeJS.ProcessEnv): string {
  return isAbsolute(path) ? path : resolve(env['INIT_CWD'] ?? process.cwd(), path);
}
