import { CardCrypto, cardKeysFromRoot } from '../../db/card-crypto';
import { CardPinHasher } from '../../db/card-pin';
import { PRODUCTION_SECRET_COST } from '../../db/staff-secret';
import { deriveSubKey, SUB_KEY_LABELS } from '../../db/sub-keys';
import type { DomainPorts } from '../domain-ports';
import { hashingSlots, type HashingSlots } from '../staff/hashing-slots';

/**
 * What the card use cases are built from: the domain ports, plus the card keys (PAN encryption,
 * index and security code), the PIN hasher and its one hashing slot (a flood of PIN checks must
 * not take every libuv thread from the database), and the shop clock's UTC offset, which decides
 * when a card's expiry month and its limit days and months begin.
 */
export type CardPorts = DomainPorts & {
  readonly crypto: CardCrypto;
  readonly pins: CardPinHasher;
  readonly hashing: HashingSlots;
  /** Minutes east of UTC at `nowMs` (the host's local time zone). */
  readonly offsetMinutes: (nowMs: number) => number;
};

/** The host's local offset: a shop's day and month turn at its own midnight. */
export const localOffsetMinutes = (nowMs: number): number => -new Date(nowMs).getTimezoneOffset();

export function cardPorts(ports: DomainPorts): CardPorts {
  return {
    ...ports,
    crypto: new CardCrypto(cardKeysFromRoot(ports.keys.root)),
    pins: new CardPinHasher(deriveSubKey(ports.keys.root, SUB_KEY_LABELS.cardPin), { ...PRODUCTION_SECRET_COST, N: ports.secretHashN }),
    hashing: hashingSlots(),
    offsetMinutes: localOffsetMinutes,
  };
}
