import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMethodKey } from '../../shared/ipc/contract';
import { PAYLOAD_BYTES_MAX } from '../../shared/ipc/limits';
import { err } from '../../shared/domain/result';
import type { Dispatch } from '../main/ipc/dispatch';
import { sendResult } from './http-util';
import { readBody } from './read-body';

export const API_PREFIX = '/api/';

/** `application/json`, optionally with `charset=utf-8`; anything else is refused with 415. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => param === '' || param === 'charset=utf-8' || param === 'charset="utf-8"');
}

/**
 * After a refused body: the answer goes out with `Connection: close`, the rest of the upload is
 * discarded (never buffered) for a short while so the client can read the answer instead of a
 * reset, then the socket is destroyed.
 */
function closeAfterRefusal(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket;
  const kill = setTimeout(() => socket.destroy(), 2_000);
  kill.unref();
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > 4 * PAYLOAD_BYTES_MAX) socket.destroy();
  });
  res.on('finish', () => req.resume());
  socket.on('close', () => clearTimeout(kill));
}

/**
 * `POST /api/<domain.verb>` with a JSON body → the same `dispatch` as the Electron router.
 * Domain errors are answers (200, `ok: false`); only transport problems get other statuses.
 */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  key: string,
  dispatch: Dispatch,
): Promise<void> {
  if (req.method !== 'POST') {
    sendResult(res, 405, err('invalid_input', 'use POST'), { Allow: 'POST' });
    return;
  }
  if (!isMethodKey(key)) {
    sendResult(res, 404, err('not_found', 'unknown call'));
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendResult(res, 415, err('invalid_input', 'the body must be application/json'), { Connection: 'close' });
    closeAfterRefusal(req, res);
    return;
  }
  const outcome = await readBody(req, PAYLOAD_BYTES_MAX);
  if (outcome.kind === 'aborted') {
    req.socket.destroy();
    return;
  }
  if (outcome.kind === 'too_large') {
    sendResult(res, 413, err('payload_too_large', `the body is over ${PAYLOAD_BYTES_MAX} bytes`), {
      Connection: 'close',
    });
    closeAfterRefusal(req, res);
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(outcome.body));
  } catch {
    sendResult(res, 400, err('invalid_input', 'the body is not valid JSON'));
    return;
  }
  const result = await dispatch(key, input, 'http');
  if (res.destroyed) return;
  sendResult(res, 200, result);
}
