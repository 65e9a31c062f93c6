export type BenchConfig = {
  readonly quick: boolean;
  readonly dir: string;
  /** One raw SQLCipher key for every database of the run, ours and bare alike. */
  readonly key: Uint8Array;
  readonly reps: number;
  readonly profile: boolean;
  readonly b1: { readonly warmup: number; readonly commitsPerRep: number };
  readonly b2: { readonly warmupBatches: number; readonly batchesPerRep: number; readonly wallets: number };
  readonly b3: { readonly transfers: number; readonly accounts: number; readonly warmup: number; readonly readsPerRep: number };
  readonly b4: { readonly entries: number; readonly window: number; readonly reps: number };
  readonly b5: { readonly inputsPerMethod: number; readonly dagReps: number };
  readonly b6: { readonly batches: number; readonly reps: number };
  readonly b8: { readonly entries: number; readonly pageLines: number };
  readonly b9: { readonly payments: number; readonly warmup: number };
  readonly b10: { readonly cards: number; readonly lookups: number };
  readonly b11: { readonly products: number; readonly queries: number };
  readonly b12: { readonly sales: number; readonly warmup: number };
  log(line: string): void;
};

export const FULL = {
  reps: 5,
  b1: { warmup: 200, commitsPerRep: 1000 },
  b2: { warmupBatches: 3, batchesPerRep: 10, wallets: 100 },
  b3: { transfers: 1_000_000, accounts: 1000, warmup: 1000, readsPerRep: 5000 },
  b4: { entries: 1_000_000, window: 1000, reps: 5 },
  b5: { inputsPerMethod: 3000, dagReps: 50 },
  b6: { batches: 50, reps: 5 },
  b8: { entries: 10_000, pageLines: 100 },
  b9: { payments: 300, warmup: 50 },
  b10: { cards: 100_000, lookups: 2000 },
  b11: { products: 50_000, queries: 100 },
  b12: { sales: 200, warmup: 30 },
} as const;

export const QUICK = {
  reps: 5,
  b1: { warmup: 30, commitsPerRep: 150 },
  b2: { warmupBatches: 1, batchesPerRep: 2, wallets: 100 },
  b3: { transfers: 20_000, accounts: 1000, warmup: 300, readsPerRep: 1000 },
  b4: { entries: 15_000, window: 1000, reps: 5 },
  b5: { inputsPerMethod: 200, dagReps: 10 },
  b6: { batches: 4, reps: 3 },
  b8: { entries: 1_000, pageLines: 100 },
  b9: { payments: 30, warmup: 5 },
  b10: { cards: 2_000, lookups: 200 },
  b11: { products: 1_500, queries: 10 },
  b12: { sales: 20, warmup: 5 },
} as const;

/** The harness's own test (tests/bench/quick.test.ts): every figure once, as small as it runs. */
export const SMOKE = {
  ...QUICK,
  reps: 2,
  b3: { transfers: 5_000, accounts: 200, warmup: 100, readsPerRep: 300 },
  b4: { entries: 3_000, window: 500, reps: 2 },
  b5: { inputsPerMethod: 30, dagReps: 2 },
  b10: { cards: 500, lookups: 50 },
  b11: { products: 500, queries: 5 },
} as const;

export type Goal = { readonly op: '>=' | '<='; readonly value: number };

export type BenchResult = {
  readonly id: 'B1' | 'B2' | 'B3' | 'B4' | 'B5' | 'B6' | 'B7' | 'B8' | 'B9' | 'B10' | 'B11' | 'B12' | 'B13';
  readonly title: string;
  readonly ours: number;
  readonly bare: number;
  /** What `bare` is when it is not a bare baseline (B5, B6: a budget). */
  readonly bareLabel?: string;
  /** B1/B2: ours/bare rate (higher is better); B3/B4: ours/bare time, B5/B6: time/budget (lower is better). */
  readonly ratio: number;
  readonly unit: string;
  readonly goal: Goal;
  readonly pass: boolean;
  readonly notes: readonly string[];
};

export function result(fields: Omit<BenchResult, 'ratio' | 'pass'>): BenchResult {
  const ratio = fields.ours / fields.bare;
  const pass = fields.goal.op === '>=' ? ratio >= fields.goal.value : ratio <= fields.goal.value;
  return { ...fields, ratio, pass };
}
