/**
 * Model-based test of customers, wallets, cards and vouchers (issue 8 §6), through the real use
 * cases of a real app and the real dispatch (contract validation included): random command
 * sequences (domain-model-commands.ts) against a plain-JS model (domain-model-state.ts). Every
 * answer must be the one the model predicts — the exact refusal code, or success with the figures
 * it expects — and after every command the ledger invariants hold and every balance the app holds
 * or reports equals the model (domain-model-checks.ts); each run ends with verifyLedger.
 *
 * DOMAIN_MODEL_RUNS sets the number of runs (default 1,000), DOMAIN_MODEL_COMMANDS the most
 * generated commands per run (default 12, after a fixed six-command start); FC_SEED replays a seed.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fcSeed } from '../support/fc-seed';
import { finishRun } from './domain-model-checks';
import { commandArbs, prefixCommands } from './domain-model-commands';
import { outcomeStats } from './domain-model-plan';
import { PROGRAMS, startRun, WorldPool, type StartAt } from './domain-model-world';

const RUNS = Number(process.env['DOMAIN_MODEL_RUNS'] ?? 1000);
const MAX_COMMANDS = Number(process.env['DOMAIN_MODEL_COMMANDS'] ?? 12);

const setupArb = fc.record({
  /** The programs of PROGRAMS this run issues cards of (the first: the prefix card's). */
  programs: fc.uniqueArray(fc.nat(PROGRAMS.length - 1), { minLength: 1, maxLength: 2 }),
  pin: fc.nat(),
  start: fc.record({
    at: fc.constantFrom<StartAt['at']>('now', 'beforeMidnight', 'beforeMidnight', 'beforeMonthEnd'),
    beforeMs: fc.oneof(fc.constantFrom(1, 60_000), fc.integer({ min: 1, max: 30 * 60_000 })),
  }),
});

describe('domain model: customers, wallets, cards and vouchers', () => {
  it(`${RUNS} random command sequences agree with the model`, async () => {
    const seed = fcSeed('domain model');
    const pool = new WorldPool();
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(setupArb, fc.commands(commandArbs(), { maxCommands: MAX_COMMANDS, size: 'max' }), async (setup, cmds) => {
          const world = await pool.acquire();
          let failed = true;
          try {
            const model = await startRun(world, setup.programs, setup.start);
            await fc.asyncModelRun(() => ({ model, real: world }), [...prefixCommands(setup.pin), ...cmds]);
            await finishRun(model, world);
            failed = false;
          } finally {
            // A failed run's app is not used again: every shrinking step starts on a clean one.
            if (failed) await pool.discard();
          }
        }),
        { seed, numRuns: RUNS },
      );
    } finally {
      await pool.discard();
    }
    const seconds = (performance.now() - started) / 1000;
    const calls = [...outcomeStats.values()].reduce((a, b) => a + b, 0);
    console.log(`domain model: ${RUNS} runs on ${pool.apps} apps, ${calls} calls checked, in ${seconds.toFixed(1)} s (seed=${seed})`);
    console.log([...outcomeStats].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `  ${k}: ${n}`).join('\n'));
  }, 600_000);
});
