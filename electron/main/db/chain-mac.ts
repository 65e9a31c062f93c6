import { createHash, createHmac } from 'node:crypto';
import { canonicalBytes, CanonicalWriter, TAG_BYTES } from '../../../shared/domain/canonical';

export type ChainEntry = {
  readonly seq: number;
  readonly kind: string;
  readonly refId: Uint8Array | null;
  readonly deviceTsMs: number;
  readonly payload: Uint8Array;
  readonly prevMac: Uint8Array;
};

/**
 * mac_i = HMAC-SHA256(K_chain, canonical(mac_{i-1}, seq, kind, ref_id, device_ts_ms, payload)):
 * every column of a journal row is bound. The genesis mac binds the terminal id. Only someone with the chain key can extend or rewrite the chain unnoticed.
 */
export class ChainMac {
  constructor(private readonly key: Uint8Array) {}

  genesis(terminalId: string): Uint8Array {
    return this.mac(canonicalBytes(['genesis/1', terminalId]));
  }

  /**
   * The same bytes as canonicalBytes([prevMac, seq, kind, refId, deviceTsMs, payload]), fed to the
   * HMAC in two parts so that a large payload is never copied.
   */
  next(entry: ChainEntry): Uint8Array {
    const head = new CanonicalWriter(128).bytes(entry.prevMac).int(entry.seq).str(entry.kind).field(entry.refId)
      .int(entry.deviceTsMs).finish();
    const payloadHeader = Buffer.allocUnsafe(5);
    payloadHeader[0] = TAG_BYTES;
    payloadHeader.writeUInt32BE(entry.payload.length, 1);
    return createHmac('sha256', this.key).update(head).update(payloadHeader).update(entry.payload).digest();
  }

  private mac(bytes: Uint8Array): Uint8Array {
    return createHmac('sha256', this.key).update(bytes).digest();
  }
}

export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}
