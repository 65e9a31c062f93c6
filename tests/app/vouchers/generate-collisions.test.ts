import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_DRAWS_MAX, generateVoucherBatch } from '../../../electron/main/app/vouchers/generate-batch';
import type { VoucherPorts } from '../../../electron/main/app/vouchers/voucher-ports';
import { newId } from '../../../shared/domain/ids';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';

/**
 * Uniqueness of codes under forced collisions: the random source is scripted so that draws repeat
 * a code of the same batch, or of an earlier one. The use case draws again; a source that only
 * repeats abandons the batch (nothing written) instead of looping.
 */
let t: TestApp;
let ownerId: string;
beforeEach(async () => {
  t = await createTestApp();
  ownerId = (await setupWithStaff(t, [])).owner.id;
});
afterEach(async () => t.close());

/** Hands out the scripted byte strings in order, then fresh random ones. */
function scripted(script: Uint8Array[]): { random: (n: number) => Uint8Array; draws: () => number } {
  let draws = 0;
  return {
    random: (n) => {
      draws += 1;
      const next = script.shift();
      if (next) return next.subarray(0, n);
      return new Uint8Array(randomBytes(n));
    },
    draws: () => draws,
  };
}

const ports = (random: (n: number) => Uint8Array): VoucherPorts => ({
  db: t.db, mac: t.mac, terminalId: t.terminalId, clock: t.clock, codeKey: new Uint8Array(32).fill(7), random,
});
const input = (count: number) => ({ batchId: newId(), currency: 'CNY', faceValueMinor: 100, count });
const countRows = async () => t.db.tx.read(async (tx) => Number((await tx.get('SELECT count(*) AS n FROM voucher'))?.['n']));

describe('voucher code uniqueness', () => {
  it('draws again when a code repeats within the batch', async () => {
    const same = new Uint8Array(10).fill(42);
    const source = scripted([same, same, same]);
    const batch = expectOk<{ vouchers: { code: string }[] }>(await generateVoucherBatch(ports(source.random))(input(3), { staffId: ownerId }));
    expect(new Set(batch.vouchers.map((v) => v.code)).size).toBe(3);
    expect(source.draws()).toBe(5); // 1 + 2 repeats refused + 2 fresh
    expect(await countRows()).toBe(3);
  });

  it('draws again when a code is already another batch’s (the keyed hash is found by its index)', async () => {
    const taken = new Uint8Array(10).fill(9);
    expectOk(await generateVoucherBatch(ports(scripted([taken]).random))(input(1), { staffId: ownerId }));
    const source = scripted([taken]);
    const second = expectOk<{ vouchers: { code: string }[] }>(await generateVoucherBatch(ports(source.random))(input(1), { staffId: ownerId }));
    expect(source.draws()).toBe(2);
    expect(second.vouchers).toHaveLength(1);
    expect(await countRows()).toBe(2);
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it(`a source that only repeats gives up after ${CODE_DRAWS_MAX} draws and writes nothing`, async () => {
    const stuck = () => new Uint8Array(10).fill(1);
    const generate = generateVoucherBatch(ports(stuck));
    await expect(generate(input(2), { staffId: ownerId })).rejects.toThrow(/random source repeats/);
    expect(await countRows()).toBe(0);
    expect(await t.db.tx.read((tx) => tx.get('SELECT count(*) AS n FROM voucher_batch'))).toEqual({ n: 0 });
  });
});
