import type { CommandSpec } from './args';

/** What a command may touch: its streams and environment, injected so main.ts owns the process. */
export type CliContext = {
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadStream;
  readonly stderr: NodeJS.WriteStream;
  /** One result line on stdout. */
  out(line: string): void;
  /** One notice line on stderr (warnings, progress); failures are thrown as CliError instead. */
  note(line: string): void;
};

export type Command = {
  readonly spec: CommandSpec;
  /** Resolves to the exit code; a failure throws CliError (one line, its exit code). */
  run(options: ReadonlyMap<string, string>, context: CliContext): Promise<number>;
};
