import { createInterface } from 'node:readline';

export type LinkIo = {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
};

/**
 * On a terminal, each Enter prints a new one-time launch link on stdout (the last one may be
 * spent, or its tab closed). Returns the function that stops listening; undefined without a
 * terminal (scripts and tests mint links with the API token at `POST /launch-links`).
 */
export function offerNewLinks(newLaunchUrl: () => string, io: LinkIo): (() => void) | undefined {
  if (io.stdin.isTTY !== true) return undefined;
  io.stderr.write('The launch link works once. Press Enter here for a new one; Ctrl-C stops Tillbook.\n');
  // terminal: false keeps the tty in cooked mode, so Ctrl-C still arrives as SIGINT.
  const lines = createInterface({ input: io.stdin, terminal: false });
  lines.on('line', () => io.stdout.write(`Launch link: ${newLaunchUrl()}\n`));
  return () => lines.close();
}
