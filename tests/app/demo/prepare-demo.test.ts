import { describe, expect, it } from 'vitest';

import { ok, type Result } from '../../../shared/domain/result';
import type { DemoCall } from '../../../electron/main/app/demo/demo-call';
import { demoCatalog, ean13CheckDigit } from '../../../electron/main/app/demo/demo-catalog';
import { demoClock } from '../../../electron/main/app/demo/demo-clock';
import { DEMO_SEED, seededRandom } from '../../../electron/main/app/demo/demo-random';
import { demoStaff } from '../../../electron/main/app/demo/demo-staff';
import { prepareDemo } from '../../../electron/main/app/demo/prepare-demo';
import { FixedClock } from '../../support/test-db';

/** A contract call that answers system.status only, with the flags given. */
const statusOnly = (status: { setupDone: boolean; demo?: true }): DemoCall =>
  (async (key: string) => {
    if (key !== 'system.status') throw new Error(`unexpected ${key}`);
    return ok(status) as Result<never>;
  }) as DemoCall;

describe('demo shop', () => {
  it('refuses a real shop’s data directory and serves a demo shop made before as it is', async () => {
    const clock = demoClock(new FixedClock());
    const refused = await prepareDemo(statusOnly({ setupDone: true }), clock, DEMO_SEED);
    expect(refused.kind).toBe('refused');
    if (refused.kind === 'refused') expect(refused.message).toMatch(/real shop/);
    expect((await prepareDemo(statusOnly({ setupDone: true, demo: true }), clock, DEMO_SEED)).kind).toBe('existing');
  });

  it('makes the same catalog and staff from the same seed: ~200 products, unique valid EAN-13 barcodes', () => {
    const catalog = demoCatalog(seededRandom(DEMO_SEED));
    const products = catalog.flatMap((c) => c.products);
    expect(products.length).toBeGreaterThanOrEqual(190);
    expect(new Set(products.map((p) => p.barcode)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    for (const p of products) {
      expect(p.barcode).toMatch(/^2\d{12}$/);
      expect(Number(p.barcode[12])).toBe(ean13CheckDigit(p.barcode.slice(0, 12)));
      expect(Number.isSafeInteger(p.unitPriceMinor) && p.unitPriceMinor > 0).toBe(true);
    }
    expect(demoCatalog(seededRandom(DEMO_SEED))).toEqual(catalog);
    expect(demoStaff(seededRandom(7))).toEqual(demoStaff(seededRandom(7)));
    expect(demoStaff(seededRandom(7)).map((s) => s.role)).toEqual(['owner', 'manager', 'cashier', 'cashier']);
  });

  it('its clock reads what the seeding set, moves only when told, and is the base clock once released', () => {
    const base = new FixedClock(5_000);
    const clock = demoClock(base);
    expect(clock.nowMs()).toBe(5_000);
    clock.set(1_000);
    clock.advance(250);
    base.advance(10_000);
    expect(clock.nowMs()).toBe(1_250);
    clock.release();
    expect(clock.nowMs()).toBe(15_000);
  });

  it('the EAN-13 check digit of a known code', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
  });
});
