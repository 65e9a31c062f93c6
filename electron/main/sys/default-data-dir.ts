import { mkdir, stat } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { err, ok, type Result } from '../../../shared/domain/result';

/** What picks the default data directory; injected so a test can name any platform. */
export type DataDirEnvironment = {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** The user's home directory (os.homedir(): $HOME on Unix). */
  readonly home: string;
};

/**
 * Where a till keeps its data when no `--data-dir` is given, by each platform's convention:
 * Linux and other Unix `$XDG_DATA_HOME/tillbook` (an absolute XDG_DATA_HOME only, as the XDG
 * spec says), else `~/.local/share/tillbook`; macOS `~/Library/Application Support/Tillbook`;
 * Windows `%APPDATA%\Tillbook`.
 */
export function defaultDataDir(where: DataDirEnvironment): Result<string> {
  const { platform, env, home } = where;
  if (platform === 'win32') {
    const appData = env['APPDATA'];
    if (appData !== undefined && win32.isAbsolute(appData)) return ok(win32.join(appData, 'Tillbook'));
    if (home === '') return err('invalid_input', 'no default data directory: %APPDATA% is not set; pass --data-dir');
    return ok(win32.join(home, 'AppData', 'Roaming', 'Tillbook'));
  }
  if (platform === 'darwin') {
    if (!posix.isAbsolute(home)) return err('invalid_input', 'no default data directory: HOME is not set; pass --data-dir');
    return ok(posix.join(home, 'Library', 'Application Support', 'Tillbook'));
  }
  const xdg = env['XDG_DATA_HOME'];
  if (xdg !== undefined && posix.isAbsolute(xdg)) return ok(posix.join(xdg, 'tillbook'));
  if (!posix.isAbsolute(home)) return err('invalid_input', 'no default data directory: HOME is not set; pass --data-dir');
  return ok(posix.join(home, '.local', 'share', 'tillbook'));
}

/**
 * Creates the default data directory (and missing parents) readable by its owner only. Only the
 * default is made here: a `--data-dir` the user names is left to the opening sequence.
 */
export async function createPrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const info = await stat(dir);
  if (!info.isDirectory()) throw new Error(`${dir} is not a directory`);
}
