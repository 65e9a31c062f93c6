import type { ChildProcess, SpawnOptions } from 'node:child_process';

export type BrowserCommand = {
  readonly command: string;
  readonly args: readonly string[];
  /** Windows: pass the arguments to cmd.exe as written (Node's quoting is not cmd's). */
  readonly verbatim: boolean;
};

/** Only our own launch links are ever handed to a shell-like opener: nothing in them needs quoting. */
const LAUNCH_URL = /^http:\/\/127\.0\.0\.1:\d{1,5}\/\?launch=[A-Za-z0-9_-]+$/;

/** The platform's "open this URL in the default browser" command. */
export function browserCommand(platform: NodeJS.Platform, url: string): BrowserCommand {
  if (platform === 'darwin') return { command: 'open', args: [url], verbatim: false };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the "". With
  // /s, cmd strips the outer quotes of the line and runs `start "" <url>`.
  if (platform === 'win32') return { command: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" ${url}"`], verbatim: true };
  return { command: 'xdg-open', args: [url], verbatim: false };
}

export type OpenDeps = {
  readonly platform: NodeJS.Platform;
  readonly spawn: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
  readonly stderr: NodeJS.WritableStream;
};

/**
 * `--open`: starts the opener detached and forgets it. Failing to open a browser is never fatal;
 * it is reported on stderr and the printed link still works (once).
 */
export function openInBrowser(url: string, deps: OpenDeps): void {
  const report = (why: string): void => {
    deps.stderr.write(`tillbook serve: could not open a browser (${why}); open the link above yourself\n`);
  };
  if (!LAUNCH_URL.test(url)) {
    report('not a launch link');
    return;
  }
  const { command, args, verbatim } = browserCommand(deps.platform, url);
  let child: ChildProcess;
  try {
    child = deps.spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true, windowsVerbatimArguments: verbatim });
  } catch (error) {
    report(error instanceof Error ? error.message : String(error));
    return;
  }
  child.on('error', (error: NodeJS.ErrnoException) => report(`${command}: ${error.code ?? error.message}`));
  child.on('exit', (code) => {
    if (code !== null && code !== 0) report(`${command} exited with ${code}`);
  });
  child.unref();
}
