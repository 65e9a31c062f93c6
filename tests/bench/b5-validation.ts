import fc from 'fast-check';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import { PAYLOAD_DEPTH_MAX } from '../../shared/ipc/limits';
import { payloadShapeProblem } from '../../electron/main/ipc/payload-shape';
import { inputFor, transported } from '../ipc/fuzz-inputs';
import { CASHIER, MANAGER, validInputs } from '../ipc/samples';
import { createTestApp, setupWithStaff } from '../support/test-app';
import { result, type BenchConfig, type BenchResult } from './config';
import { fmt, median, table } from './stats';

/** docs/security.md §3: p99 validation (the bounded walk + the strict schema) within 5 ms per method. */
export const VALIDATION_P99_BUDGET_MS = 5;
/** The shared-reference DAG the walk must cut off by its node count (tests/ipc/dispatch.test.ts). */
const DAG_BUDGET_MS = 200;

/** The value at `q` (0..1) of the sorted samples, as the fuzz test used to bound it. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] as number;
}

type MethodTimes = { key: MethodKey; inputs: number; validationMs: number[]; invalidDispatchMs: number[] };

/**
 * B5: IPC input validation, per contract method, over the fuzz harness's inputs (tests/ipc:
 * mutated valid samples, nasty, huge and smuggled values), seeded. Validation is what dispatch
 * runs before any handler: the bounded payload walk, then the strict zod schema. Input the schema
 * refuses is also sent through the real dispatch of a real app, whose reply is `invalid_input`
 * before any handler runs. Ours is the worst method's p99 validation time; the "bare" column is
 * the 5 ms budget, so the ratio must stay ≤ 1. Figures only: nothing here is a test bar.
 */
export async function benchB5(config: BenchConfig): Promise<BenchResult> {
  const { inputsPerMethod, dagReps } = config.b5;
  const seed = Number(process.env['FC_SEED'] ?? 20_260_101);
  const t = await createTestApp();
  try {
    const { members } = await setupWithStaff(t, [{ ...MANAGER, role: 'manager' }, { ...CASHIER, role: 'cashier' }]);
    const samples = validInputs({ cashierId: members[1]?.id ?? '' });
    const keys = Object.keys(contract) as MethodKey[];
    const runs: MethodTimes[] = [];
    for (const [index, key] of keys.entries()) {
      const spec = contract[key];
      const generated = fc.sample(inputFor(samples[key]), { numRuns: inputsPerMethod, seed: seed + index });
      const payloads = generated.flatMap((input, i) => transported(input, i % 2 === 0) ?? []);
      const times: MethodTimes = { key, inputs: payloads.length, validationMs: [], invalidDispatchMs: [] };
      // One unmeasured pass first, so the figures are of warmed-up code, as in a running app.
      for (const sent of payloads.slice(0, Math.ceil(payloads.length / 10))) spec.input.safeParse(sent.payload);
      for (const sent of payloads) {
        const started = performance.now();
        const valid = payloadShapeProblem(sent.payload) === undefined && spec.input.safeParse(sent.payload).success;
        times.validationMs.push(performance.now() - started);
        if (valid) continue;
        const sentAt = performance.now();
        const reply = await t.app.dispatch(key, sent.payload, sent.transport);
        times.invalidDispatchMs.push(performance.now() - sentAt);
        if (reply.ok || reply.error.code !== 'invalid_input') {
          throw new Error(`B5: ${key} answered ${reply.ok ? 'ok' : reply.error.code} to input its schema refuses`);
        }
      }
      runs.push(times);
    }
    const dagMs = dagCutoffMs(dagReps);
    const worst = runs.reduce((a, b) => (quantile(b.validationMs, 0.99) > quantile(a.validationMs, 0.99) ? b : a));
    const worstP99 = quantile(worst.validationMs, 0.99);
    const us = (ms: number) => fmt(ms * 1000);
    return result({
      id: 'B5',
      title: 'p99 IPC validation, worst method vs the 5 ms budget',
      ours: worstP99,
      bare: VALIDATION_P99_BUDGET_MS,
      bareLabel: 'budget',
      unit: 'ms (p99)',
      goal: { op: '<=', value: 1 },
      notes: [
        `seed ${seed} (FC_SEED replays), ${inputsPerMethod} generated inputs per method; worst: ${worst.key}`,
        table(
          ['method', 'inputs', 'p50 valid. µs', 'p99 valid. µs', 'max valid. µs', 'refused', 'p99 refused dispatch µs'],
          runs.map((r) => [
            r.key, String(r.inputs), us(quantile(r.validationMs, 0.5)), us(quantile(r.validationMs, 0.99)),
            us(Math.max(...r.validationMs)), String(r.invalidDispatchMs.length), us(quantile(r.invalidDispatchMs, 0.99)),
          ]),
        ),
        `exponential shared-reference DAG (8^${PAYLOAD_DEPTH_MAX} paths) refused by the node cap: ` +
          `median ${fmt(median(dagMs))} ms, max ${fmt(Math.max(...dagMs))} ms over ${dagReps} runs (budget ${DAG_BUDGET_MS} ms)`,
      ],
    });
  } finally {
    await t.close();
  }
}

/** Times the bounded walk on the 8-way DAG of tests/ipc/dispatch.test.ts, after its structured clone. */
function dagCutoffMs(reps: number): number[] {
  let value: unknown = 1;
  for (let i = 0; i < PAYLOAD_DEPTH_MAX; i += 1) value = [value, value, value, value, value, value, value, value];
  const out: number[] = [];
  for (let i = 0; i < reps; i += 1) {
    const cloned = structuredClone(value);
    const started = performance.now();
    const problem = payloadShapeProblem(cloned);
    out.push(performance.now() - started);
    if (problem !== 'too many values') throw new Error(`B5: the DAG was not cut off (${String(problem)})`);
  }
  return out;
}
