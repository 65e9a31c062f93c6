import { err, ok, type Result } from '../../../../shared/domain/result';
import {
  DISPLAY_CODE_ALPHABET, DISPLAY_CODE_LENGTH, DISPLAY_CODE_TTL_MS, normaliseDisplayCode,
} from '../../../../shared/ipc/contract/display-domain';
import type { Clock } from '../../core/ports';
import type { RecordAudit } from '../audit/record-audit';

/** Wrong codes tried against one live code before it is burnt (a guesser gets 5 tries of 2^40). */
export const DISPLAY_CODE_TRIES_MAX = 5;

export type DisplayPairingPorts = {
  readonly clock: Clock;
  /** Cryptographic random bytes (injectable so tests can pin the code). */
  readonly random: (n: number) => Uint8Array;
  /** A pairing and a burnt code are audited (audit.displayPaired, audit.displayCodeBurnt). */
  readonly audit: RecordAudit;
};

export type DisplayPairing = {
  /** A fresh one-time code asked for by this staff member; any code not used yet stops working. */
  issue(issuerStaffId: string | null): { code: string; expiresAtMs: number };
  /** Spends the live code if `typed` is it and it has not expired; every failure is the same. */
  redeem(typed: string, origin: string): Promise<Result<{ pairedAtMs: number }>>;
};

/** 5 bits of each random byte pick a symbol: 256 is a multiple of 32, so there is no bias. */
function newCode(random: (n: number) => Uint8Array): string {
  const bytes = random(DISPLAY_CODE_LENGTH);
  let code = '';
  for (let i = 0; i < DISPLAY_CODE_LENGTH; i += 1) code += DISPLAY_CODE_ALPHABET[(bytes[i] ?? 0) & 31];
  return code;
}

/** Compares every symbol (no early exit), so the time taken says nothing about a prefix. */
function sameCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * The display pairing codes of this till, kept in main's memory only (a restart forgets them,
 * which is what a two-minute code wants). One live code at a time; it is spent by its first
 * correct use, expires by the injected clock, and is burnt after DISPLAY_CODE_TRIES_MAX wrong tries.
 */
export function displayPairing(ports: DisplayPairingPorts): DisplayPairing {
  let live: { code: string; expiresAtMs: number; wrongTries: number; issuer: string | null } | undefined;
  const refused = () => err('display_code_invalid', 'that display code is unknown, used or expired; ask the till for a new one');
  return {
    issue(issuer) {
      const expiresAtMs = ports.clock.nowMs() + DISPLAY_CODE_TTL_MS;
      live = { code: newCode(ports.random), expiresAtMs, wrongTries: 0, issuer };
      return { code: live.code, expiresAtMs };
    },
    async redeem(typed, origin) {
      const nowMs = ports.clock.nowMs();
      const current = live;
      if (current === undefined || nowMs >= current.expiresAtMs) {
        live = undefined;
        return refused();
      }
      if (!sameCode(normaliseDisplayCode(typed), current.code)) {
        current.wrongTries += 1;
        if (current.wrongTries < DISPLAY_CODE_TRIES_MAX) return refused();
        live = undefined;
        await ports.audit({ kind: 'audit.displayCodeBurnt', staffId: current.issuer, origin, detail: { wrongTries: current.wrongTries } });
        return refused();
      }
      live = undefined; // spent before the caller can use it (the audit below awaits)
      await ports.audit({ kind: 'audit.displayPaired', staffId: current.issuer, origin, detail: {} });
      return ok({ pairedAtMs: nowMs });
    },
  };
}
