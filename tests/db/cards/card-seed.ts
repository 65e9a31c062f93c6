import { randomBytes } from 'node:crypto';
import { NO_LIMITS } from '../../../electron/main/core/cards/limits';
import { generatePan } from '../../../electron/main/core/cards/pan';
import { CardCrypto, cardKeysFromRoot } from '../../../electron/main/db/card-crypto';
import { insertCardProgram } from '../../../electron/main/db/repositories/card-program.repo';
import { insertCard } from '../../../electron/main/db/repositories/card.repo';
import { chainState } from '../../../electron/main/db/repositories/state.repo';
import { newId } from '../../../shared/domain/ids';
import type { TestApp } from '../../support/test-app';

/**
 * A card program and a card written through the repositories and chained, as the card use cases
 * do, for tests of the schema and of the journal machinery. The PAN is encrypted under keys of
 * its own (verify never decrypts), so only the schema and the chain are exercised here.
 */
export async function seedProgramAndCard(t: TestApp, walletId: string): Promise<{ programId: string; cardId: string; pan: string }> {
  const programId = newId();
  const cardId = newId();
  const nowMs = t.clock.nowMs();
  const crypto = new CardCrypto(cardKeysFromRoot(randomBytes(32)));
  const generated = generatePan({ bin: '62345678', panLength: 16 }, (n) => randomBytes(n));
  if (!generated.ok) throw new Error(generated.error.message);
  const pan = generated.value;
  const encrypted = crypto.encryptPan(cardId, pan);
  await t.db.tx.write(async (tx) => {
    await insertCardProgram(tx, {
      id: programId, name: 'Gift card', bin: '62345678', panLength: 16, expiryMonths: 36, currency: 'CNY', limits: NO_LIMITS, createdAtMs: nowMs,
    });
    await chainState(tx, t.mac, 'card_program.state', programId, nowMs);
    await insertCard(tx, {
      id: cardId, programId, walletId, panCiphertext: encrypted.ciphertext, panHmac: crypto.panHmac(pan), keyVersion: encrypted.keyVersion,
      bin: '62345678', last4: pan.slice(-4), expMonth: 12, expYear: 2029, limits: NO_LIMITS, createdAtMs: nowMs,
    });
    await chainState(tx, t.mac, 'card.state', cardId, nowMs);
  });
  return { programId, cardId, pan };
}
