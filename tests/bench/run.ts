// Benchmarks (docs/ledger.md §9): `npm run bench [-- --quick] [--json FILE] [--profile] [--only B1,B3]`.
// `--smoke` (the harness's own test) runs every figure at the smallest sizes; its figures mean nothing.
// B1–B4: each figure is measured in one run against a bare baseline with the same driver, raw key
// and pragmas, on file databases in a temp dir. B5: the p99 of IPC input validation per contract
// method against its budget (docs/security.md §3); B6: the open-time integrity checks against theirs;
// B7: system.status under a sign-in flood; B8: a card statement page against its budget; B9: card
// payments (authorize + capture) against a bare commit; B10: PAN lookup at 100,000 cards against 1 ms.
// Timing bars live here, never in the tests. Ratios are reported, never asserted: a miss prints
// FAIL in the table and the exit code stays 0 (a crash or a bad argument exits non-zero).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchB1 } from './b1-durable';
import { benchB2 } from './b2-batch';
import { benchB3 } from './b3-balance';
import { benchB4 } from './b4-verify';
import { benchB5 } from './b5-validation';
import { benchB6 } from './b6-open-checks';
import { benchB7 } from './b7-status-under-flood';
import { benchB8 } from './b8-statement';
import { benchB9 } from './b9-card-payment';
import { benchB10 } from './b10-pan-lookup';
import { benchB11 } from './b11-catalog-search';
import { benchB12 } from './b12-sale-completion';
import { benchB13 } from './b13-sell-repaint';
import { FULL, QUICK, SMOKE, type BenchConfig, type BenchResult } from './config';
import { fmt, table } from './stats';

type Options = { quick: boolean; smoke: boolean; json?: string; profile: boolean; only: Set<string>; keep: boolean };

const BENCHES = { B1: benchB1, B2: benchB2, B3: benchB3, B4: benchB4, B5: benchB5, B6: benchB6, B7: benchB7, B8: benchB8, B9: benchB9, B10: benchB10, B11: benchB11, B12: benchB12, B13: benchB13 } as const;
type BenchId = keyof typeof BENCHES;

function parse(argv: readonly string[]): Options {
  const options: Options = { quick: false, smoke: false, profile: false, only: new Set(Object.keys(BENCHES)), keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--smoke') options.quick = options.smoke = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--json' && argv[i + 1] && !argv[i + 1]?.startsWith('--')) options.json = resolve(argv[(i += 1)] as string);
    else if (arg === '--only' && argv[i + 1]) {
      const ids = (argv[(i += 1)] as string).toUpperCase().split(',');
      for (const id of ids) if (!(id in BENCHES)) throw new Error(`unknown bench ${id}`);
      options.only = new Set(ids);
    } else throw new Error(`unknown argument ${arg ?? ''} (flags: --quick, --smoke, --json FILE, --profile, --only B1,B5, --keep)`);
  }
  return options;
}

function goalText(r: BenchResult): string {
  return `${r.goal.op === '>=' ? '≥' : '≤'} ${r.goal.value}`;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const sizes = options.smoke ? SMOKE : options.quick ? QUICK : FULL;
  const dir = mkdtempSync(join(tmpdir(), 'tillbook-bench-'));
  const started = performance.now();
  const log = (line: string) => console.log(line);
  const config: BenchConfig = { ...sizes, quick: options.quick, dir, key: randomBytes(32), profile: options.profile, log };
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  log(`tillbook bench (${options.smoke ? 'smoke' : options.quick ? 'quick' : 'full'}) in ${dir}; node ${process.version}, ${process.platform}, ${cpus().length} CPUs, load ${load()}`);
  const results: BenchResult[] = [];
  // An interrupted run must not leave gigabytes of databases in the temp dir.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (!options.keep) rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    for (const id of Object.keys(BENCHES) as BenchId[]) {
      if (!options.only.has(id)) continue;
      const t0 = performance.now();
      log(`${id} …`);
      const r = await BENCHES[id](config);
      results.push(r);
      log(`${id}: ours ${fmt(r.ours)} ${r.unit}, ${r.bareLabel ?? 'bare'} ${fmt(r.bare)} ${r.unit}, ratio ${fmt(r.ratio)} (goal ${goalText(r)}) ${r.pass ? 'PASS' : 'FAIL'} [${fmt((performance.now() - t0) / 1000)} s]`);
      for (const note of r.notes) log(note.split('\n').map((l) => `  ${l}`).join('\n'));
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  log('');
  log(table(
    ['bench', 'ours', 'bare', 'unit', 'ratio', 'goal', 'result'],
    results.map((r) => [`${r.id} ${r.title}`, fmt(r.ours), fmt(r.bare), r.unit, fmt(r.ratio), goalText(r), r.pass ? 'PASS' : 'FAIL']),
  ));
  log(`total ${fmt((performance.now() - started) / 1000)} s; load average now ${load()} (other work on the machine skews absolute numbers; ratios are measured alternately to share it)`);
  if (options.json) {
    const json = Object.fromEntries(results.map((r) => [r.id, {
      ours: r.ours, bare: r.bare, ratio: r.ratio, unit: r.unit, goal: goalText(r), pass: r.pass,
    }]));
    writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
    log(`wrote ${options.json}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
