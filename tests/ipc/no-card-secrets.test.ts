import { describe, expect, it } from 'vitest';
import { contract, type MethodKey } from '../../shared/ipc/contract';
import { events } from '../../shared/ipc/events';
import { z } from '../../shared/ipc/zod';
import { createTestApp } from '../support/test-app';
import { schemaKeys } from './schema-keys';

/**
 * Card data rules (docs/security.md): no CVV and no PIN is ever stored or sent, and a full PAN
 * leaves main only in the issuance and audited reveal responses. These tests enumerate what
 * exists (every column of the migrated schema, every field of every contract output and push
 * event), so a new table or call is covered without being listed here.
 */
const last = (path: string): string => path.slice(path.lastIndexOf('.') + 1);

/** A CVV or PIN in clear, by any usual name (a PIN's salted hash or failure count is fine). */
const SECRET_FIELD = /^(pin|pins|pin_?code|new_?pin|old_?pin|cvv2?|cvc2?|csc|security_?code|card_?verification.*)$/i;
const PAN_FIELD = /^(pan|full_?pan|card_?number|primary_?account_?number)$/i;
const PERSONAL_FIELD = /^(phone|email|phone_?number|e_?mail)$/i;

/** The only responses that carry a PAN and the security code: shown once at issuance, or revealed under approval. */
const SHOWS_CARD_ONCE = /^cards\.(issue|replace|reissue|reveal)$/;
/**
 * The one response with a PIN: a new demo shop's staff sign-in PINs, made up by the seeding and
 * shown once on the setup screen (security.md §7.6). Never a card PIN; nothing else may join it.
 */
const SHOWS_DEMO_STAFF_PINS = new Set(['setup.loadDemo: staff.pin']);

describe('card secrets in the schema and the contract', () => {
  it('no column of any table holds a PAN, a CVV or a PIN in clear', async () => {
    const t = await createTestApp();
    try {
      const tables = await t.db.tx.read((tx) => tx.all("SELECT name FROM sqlite_schema WHERE type = 'table'"));
      const columns: string[] = [];
      for (const table of tables) {
        const name = String(table['name']);
        const info = await t.db.tx.read((tx) => tx.all(`SELECT name FROM pragma_table_info('${name}')`));
        for (const column of info) columns.push(`${name}.${String(column['name'])}`);
      }
      expect(columns.length).toBeGreaterThan(50);
      expect(columns.filter((c) => SECRET_FIELD.test(last(c)) || PAN_FIELD.test(last(c)))).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('no contract output has a PIN field, and only issuance and reveal carry a PAN or security code', () => {
    const offending: string[] = [];
    for (const key of Object.keys(contract) as MethodKey[]) {
      for (const path of schemaKeys(contract[key].output)) {
        const field = last(path);
        if (/^(pin|pins|pin_?code|new_?pin|old_?pin)$/i.test(field) && !SHOWS_DEMO_STAFF_PINS.has(`${key}: ${path}`)) offending.push(`${key}: ${path}`);
        if ((PAN_FIELD.test(field) || /^(cvv2?|cvc2?|csc|security_?code)$/i.test(field)) && !SHOWS_CARD_ONCE.test(key)) {
          offending.push(`${key}: ${path}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('no push event carries a PAN, a CVV, a PIN, a phone number or an email', () => {
    const offending = Object.entries(events).flatMap(([name, schema]) =>
      schemaKeys(schema).filter((path) => [SECRET_FIELD, PAN_FIELD, PERSONAL_FIELD].some((re) => re.test(last(path)))).map((p) => `${name}: ${p}`));
    expect(offending).toEqual([]);
  });

  it('the walk finds fields inside arrays, unions, optionals and nested objects (so an empty result means something)', () => {
    const nested = z.strictObject({
      a: z.array(z.strictObject({ b: z.string().nullable() })),
      c: z.union([z.strictObject({ d: z.int() }), z.strictObject({ e: z.strictObject({ pan: z.string() }).optional() })]),
    });
    expect(schemaKeys(nested).sort()).toEqual(['a', 'a.b', 'c', 'c.d', 'c.e', 'c.e.pan']);
    expect(schemaKeys(contract['staff.list'].output)).toContain('staffCode');
  });
});
