import type { IncomingMessage } from 'node:http';

export type BodyOutcome =
  | { readonly kind: 'ok'; readonly body: Buffer }
  | { readonly kind: 'too_large' }
  | { readonly kind: 'aborted' };

/**
 * Reads a request body of at most `maxBytes`. `Content-Length` is checked before a byte is read;
 * the streamed bytes are counted as well (chunked bodies have no length, and a length can lie),
 * and buffering stops the moment the count goes over.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    const length = Number(declared);
    if (!/^\d+$/.test(declared) || !Number.isSafeInteger(length) || length > maxBytes) {
      return Promise.resolve({ kind: 'too_large' });
    }
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolve(outcome);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) {
        chunks.length = 0;
        req.pause();
        finish({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ kind: 'ok', body: Buffer.concat(chunks, received) });
    const onAbort = (): void => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}
