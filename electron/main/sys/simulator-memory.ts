import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from '../../../shared/ipc/zod';
import { writeFileAtomically } from './files';

/** What the simulated provider decided for one payment id (a timeout is decided too: it took the payment). */
export type SimulatorDecision =
  | { readonly status: 'approved'; readonly providerReference: string }
  | { readonly status: 'declined'; readonly providerReference: string | null };

/**
 * Where the simulated provider keeps its decisions. A real provider remembers a payment whatever
 * happens to the till; the simulator must too, or a payment left `unknown` by a timeout could never
 * be looked up after a restart.
 */
export type SimulatorMemory = {
  load(): Promise<Map<string, SimulatorDecision>>;
  save(decided: ReadonlyMap<string, SimulatorDecision>): Promise<void>;
};

/** Tests that build the simulator alone: it forgets with the process. */
export function processSimulatorMemory(): SimulatorMemory {
  let kept = new Map<string, SimulatorDecision>();
  return { load: async () => new Map(kept), save: async (decided) => void (kept = new Map(decided)) };
}

export const SIMULATOR_FILE = 'payment-simulator.json';

const decisionsFile = z.strictObject({
  version: z.literal(1),
  decided: z.record(z.string().max(64), z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('approved'), providerReference: z.string().max(64) }),
    z.strictObject({ status: z.literal('declined'), providerReference: z.string().max(64).nullable() }),
  ])),
});

/**
 * The simulator's decisions in `<data dir>/payment-simulator.json`, written whole and atomically
 * before the simulator answers. A file that cannot be read as decisions is an error, never
 * started over: overwriting it would make the simulator forget payments it took.
 */
export function fileSimulatorMemory(dir: string): SimulatorMemory {
  const path = join(dir, SIMULATOR_FILE);
  // one write at a time: two payments asked together must not share the temporary file
  let writing: Promise<void> = Promise.resolve();
  return {
    async load() {
      const text = await readFile(path, 'utf8').catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      });
      if (text === null) return new Map();
      const parsed = decisionsFile.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`${path} is not the payment simulator's decisions: ${parsed.error.issues[0]?.message ?? ''}`);
      return new Map(Object.entries(parsed.data.decided));
    },
    save(decided) {
      const text = JSON.stringify({ version: 1, decided: Object.fromEntries(decided) });
      const write = writing.then(() => writeFileAtomically(path, text));
      writing = write.catch(() => undefined);
      return write;
    },
  };
}
