import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { simulatorProvider } from '../../electron/main/app/sales/providers/simulator-provider';
import { fileSimulatorMemory, SIMULATOR_FILE } from '../../electron/main/sys/simulator-memory';
import { newId } from '../../shared/domain/ids';
import { FixedClock, tempDir } from '../support/test-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const dirOf = (): string => {
  const { dir, cleanup } = tempDir('tillbook-sim-');
  cleanups.push(cleanup);
  return dir;
};
const ask = (paymentId: string) => ({ paymentId, method: 'alipay' as const, amountMinor: 500, currency: 'CNY' });

describe('the payment simulator keeps its decisions in the data dir (sys/simulator-memory.ts)', () => {
  it('a payment that timed out is found by a simulator started afresh on the same dir', async () => {
    const dir = dirOf();
    const clock = new FixedClock();
    const before = simulatorProvider(clock, fileSimulatorMemory(dir));
    before.next('timeout');
    before.next('decline');
    const [took, refused] = [newId(), newId()];
    expect(await before.request(ask(took))).toEqual({ status: 'unknown' });
    const declined = await before.request(ask(refused));
    expect(declined.status).toBe('declined');
    const after = simulatorProvider(clock, fileSimulatorMemory(dir));
    expect(await after.lookup(took)).toMatchObject({ status: 'approved', providerReference: expect.stringMatching(/^SIM-/u) });
    expect(await after.lookup(refused)).toEqual(declined);
    expect(await after.request(ask(took))).toEqual(await after.lookup(took));
    expect(await after.lookup(newId())).toEqual({ status: 'unknown' });
  });

  it('payments asked at the same time are all kept', async () => {
    const dir = dirOf();
    const simulator = simulatorProvider(new FixedClock(), fileSimulatorMemory(dir));
    const ids = Array.from({ length: 8 }, () => newId());
    await Promise.all(ids.map((id) => simulator.request(ask(id))));
    const again = simulatorProvider(new FixedClock(), fileSimulatorMemory(dir));
    for (const id of ids) expect((await again.lookup(id)).status).toBe('approved');
  });

  it('an unreadable file is an error and is never written over', async () => {
    const dir = dirOf();
    const path = join(dir, SIMULATOR_FILE);
    writeFileSync(path, '{"version":1,"decided":{"p":{"status":"maybe"}}}');
    const simulator = simulatorProvider(new FixedClock(), fileSimulatorMemory(dir));
    await expect(simulator.request(ask(newId()))).rejects.toThrow(/payment simulator/);
    await expect(simulator.lookup(newId())).rejects.toThrow(/payment simulator/);
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"decided":{"p":{"status":"maybe"}}}');
  });
});
