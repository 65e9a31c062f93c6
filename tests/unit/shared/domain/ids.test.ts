import { describe, expect, it, vi } from 'vitest';
import { bytesToUuid, idTimeMs, isUuidV7, newId, uuidToBytes } from '../../../../shared/domain/ids';

describe('ids', () => {
  it('mints lowercase UUIDv7s stamped with the current time', () => {
    // A set clock, not two readings of the real one: the stamp is the clock's millisecond (a
    // time later than any id minted so far, so the per-process counter does not lead it).
    const at = Date.UTC(2031, 0, 2, 3, 4, 5, 678);
    vi.useFakeTimers({ now: at, toFake: ['Date'] });
    try {
      const id = newId();
      expect(isUuidV7(id)).toBe(true);
      expect(id).toBe(id.toLowerCase());
      expect(idTimeMs(id)).toBe(at);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is strictly increasing, including many ids within one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (let i = 1; i < ids.length; i += 1) {
      expect((ids[i - 1] ?? '') < (ids[i] ?? '')).toBe(true);
    }
    const sameMs = new Set(ids.map(idTimeMs));
    expect(sameMs.size).toBeLessThan(ids.length);
  });

  it('round-trips through 16 bytes', () => {
    for (let i = 0; i < 1000; i += 1) {
      const id = newId();
      const bytes = uuidToBytes(id);
      expect(bytes).toHaveLength(16);
      expect(bytesToUuid(bytes)).toBe(id);
    }
  });

  it('decodes known bytes and time', () => {
    // RFC 9562 appendix A.6 example
    const id = '017f22e2-79b0-7cc3-98c4-dc0c0c07398f';
    expect(isUuidV7(id)).toBe(true);
    expect(idTimeMs(id)).toBe(0x017f22e279b0);
    expect(Array.from(uuidToBytes(id).slice(0, 6))).toEqual([0x01, 0x7f, 0x22, 0xe2, 0x79, 0xb0]);
    expect(bytesToUuid(uuidToBytes(id.toUpperCase()))).toBe(id);
  });

  it('byte order matches string order', () => {
    const a = newId();
    const b = newId();
    const compare = (x: Uint8Array, y: Uint8Array): number => {
      for (let i = 0; i < 16; i += 1) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    };
    expect(compare(uuidToBytes(a), uuidToBytes(b))).toBeLessThan(0);
  });

  it.each([
    '',
    '017f22e2-79b0-7cc3-98c4-dc0c0c07398',
    '017F22E2-79B0-7CC3-98C4-DC0C0C07398F',
    '017f22e2-79b0-4cc3-98c4-dc0c0c07398f',
    '017f22e2-79b0-7cc3-c8c4-dc0c0c07398f',
    '017f22e279b07cc398c4dc0c0c07398f',
    '00000000-0000-0000-0000-000000000000',
  ])('isUuidV7 rejects %j', (s) => {
    expect(isUuidV7(s)).toBe(false);
  });

  it('throws on malformed input (a bug, not user input)', () => {
    expect(() => uuidToBytes('not-a-uuid')).toThrow(TypeError);
    expect(() => bytesToUuid(new Uint8Array(15))).toThrow(TypeError);
    expect(() => idTimeMs('017f22e2-79b0-4cc3-98c4-dc0c0c07398f')).toThrow(TypeError);
  });
});
