import { join } from 'node:path';
import { CardPinHasher } from '../../electron/main/db/card-pin';
import { PRODUCTION_SECRET_COST } from '../../electron/main/db/staff-secret';
import { newId } from '../../shared/domain/ids';
import { expectOk } from '../support/test-app';
import { BareDb } from './bare';
import { BENCH_PIN, issueActiveCard, openCardWorld } from './card-fixture';
import { result, type BenchConfig, type BenchResult } from './config';
import { assertSamePragmas, bareCommitRunner } from './fixture';
import { alternate, fmt, median, spread, timed } from './stats';

/**
 * B9: card payments per second. Ours: `cards.authorize` (card by id and PIN: a hold on the card)
 * then `cards.capture` of the whole hold, through the real dispatch of a real app; two durable
 * commits with the card's limits, usage, PIN tries, the records and the chain. The slow PIN hash
 * is timed apart: here it runs at the test cost (scrypt N = 2^10), and its production cost
 * (N = 2^15) is measured on its own below. Bare: BEGIN IMMEDIATE; one-row INSERT; COMMIT, as B1.
 * The goal, 0.25, is two commits per payment each at B1's goal.
 */
export async function benchB9(config: BenchConfig): Promise<BenchResult> {
  const { payments, warmup } = config.b9;
  const world = await openCardWorld();
  const bare = await BareDb.open(join(config.dir, 'b9-bare.db'), config.key);
  try {
    await assertSamePragmas(world.t.db, bare);
    const { cardId } = await issueActiveCard(world, 100_000_000_000);
    const pay = async () => {
      const hold = expectOk<{ authorizationId: string }>(await world.t.call('cards.authorize', {
        operationId: newId(), card: { by: 'id', cardId }, pin: BENCH_PIN, amountMinor: 1250,
      }));
      expectOk(await world.t.call('cards.capture', { operationId: newId(), authorizationId: hold.authorizationId }));
    };
    const runBare = await bareCommitRunner(bare);
    const runOurs = async (n: number) => (n / (await timed(async () => { for (let i = 0; i < n; i += 1) await pay(); }))) * 1000;
    await runOurs(warmup);
    await runBare(warmup);
    const reps = await alternate(config.reps, () => runOurs(payments), () => runBare(payments));

    const hasher = new CardPinHasher(new Uint8Array(32).fill(7), PRODUCTION_SECRET_COST);
    const stored = await hasher.hash(cardId, BENCH_PIN);
    const pinMs: number[] = [];
    for (let i = 0; i < 5; i += 1) pinMs.push(await timed(() => hasher.matches(cardId, BENCH_PIN, stored)));
    const ours = median(reps.ours);
    return result({
      id: 'B9',
      title: 'card payment (authorize + capture, PIN at test cost) vs bare 1-row txn',
      ours, bare: median(reps.bare), unit: 'payments/s', goal: { op: '>=', value: 0.25 },
      notes: [
        `${config.reps} reps × ${payments} payments; ours ${spread(reps.ours)}/s, bare ${spread(reps.bare)} commits/s`,
        `the PIN check at production cost (scrypt N=2^15, r=8, p=1) takes ${fmt(median(pinMs))} ms (${spread(pinMs)}), ` +
          `outside the write transaction in one hashing slot: with it a payment takes ~${fmt(1000 / ours + median(pinMs))} ms`,
      ],
    });
  } finally {
    await bare.close();
    await world.t.close();
  }
}
