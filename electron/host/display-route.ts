import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDisplayEvent } from '../../shared/ipc/contract/display-domain';
import type { Dispatch } from '../main/ipc/dispatch';
import { PAGE_SECRET_META } from './auth';
import { displayCookieHeader, type DisplayAuth } from './display-auth';
import { narrowedFeed, type EventFeed } from './events-route';
import { sendEmpty, setBaseHeaders } from './http-util';
import { readBody } from './read-body';
import { handleStatic, indexFile, sendIndex } from './static-files';

/** The customer display's page: the pairing form, then (paired) the renderer's display screen. */
export const DISPLAY_PATH = '/display';
/** Always the pairing form, for a display that lost its tab (and so its page secret). */
export const DISPLAY_PAIR_PATH = '/display/pair';
/** A pairing form's body: `code=<12 characters at most>`; anything longer is refused unread. */
const PAIR_BODY_BYTES_MAX = 1024;

export type DisplayRouteContext = {
  readonly display: DisplayAuth;
  readonly port: number;
  readonly rendererDir: string;
  readonly dispatch: Dispatch;
};

/** The pairing form: static, bilingual, no script; `refused` adds the reason the last code failed. */
export function pairingFormHtml(nonce: string, refused: boolean): string {
  const notice = refused
    ? `<p class="refused" role="alert">That code is wrong, used or expired. Ask the till for a new one.
<span lang="zh-CN">配对码错误、已使用或已过期，请在收银台获取新的配对码。</span></p>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tillbook customer display · 顾客显示屏</title>
<style nonce="${nonce}">
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f8f9fa;color:#212529}
main{max-width:32rem;padding:2rem}h1{font-size:2rem;margin:0 0 1rem}label{display:block;font-size:1.25rem;margin:1rem 0 .5rem}
input{font-size:2rem;letter-spacing:.2em;padding:.5rem;width:100%;box-sizing:border-box;text-transform:uppercase}
button{font-size:1.25rem;padding:.75rem 1.5rem;margin-top:1rem;min-height:48px;background:#1864ab;color:#fff;border:0;border-radius:6px}
button:focus-visible,input:focus-visible{outline:3px solid #1864ab;outline-offset:2px}.refused{color:#c92a2a;font-weight:600}
</style></head>
<body><main>
<h1>Customer display <span lang="zh-CN">顾客显示屏</span></h1>
<p>On the till, choose “Pair a customer display” and type the code it shows here.
<span lang="zh-CN">在收银台选择“配对顾客显示屏”，然后在此输入显示的配对码。</span></p>
${notice}
<form method="post" action="${DISPLAY_PATH}">
<label for="code">Pairing code <span lang="zh-CN">配对码</span></label>
<input id="code" name="code" required minlength="8" maxlength="12" autocomplete="off" autocapitalize="characters" spellcheck="false" autofocus>
<button type="submit">Pair <span lang="zh-CN">配对</span></button>
</form>
</main></body></html>
`;
}

function sendPairingForm(req: IncomingMessage, res: ServerResponse, status: number, refused: boolean): void {
  const nonce = randomBytes(16).toString('base64');
  const body = Buffer.from(pairingFormHtml(nonce, refused), 'utf8');
  setBaseHeaders(res);
  // With no-referrer the browser sends `Origin: null` on the form's POST, which the host's origin
  // check refuses; same-origin sends our own origin there and nothing to any other site.
  res.setHeader('Referrer-Policy', 'same-origin');
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const isFormContentType = (header: string | undefined): boolean =>
  header !== undefined && header.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';

/**
 * Spends a pairing code through the contract (`display.redeemCode`, the use case holds the codes
 * and the clock) and, on success, answers like the launch link: the display renderer with a
 * display cookie and, in a meta tag of this one response, the display's page secret.
 */
async function pair(req: IncomingMessage, res: ServerResponse, ctx: DisplayRouteContext): Promise<void> {
  if (!isFormContentType(req.headers['content-type'])) return sendEmpty(res, 415, { Connection: 'close' });
  const body = await readBody(req, PAIR_BODY_BYTES_MAX);
  if (body.kind === 'aborted') return void req.socket.destroy();
  if (body.kind === 'too_large') return sendEmpty(res, 413, { Connection: 'close' });
  const code = new URLSearchParams(body.body.toString('utf8')).get('code') ?? '';
  const redeemed = await ctx.dispatch('display.redeemCode', { code }, 'http');
  if (!redeemed.ok) return sendPairingForm(req, res, 401, true);
  const index = await indexFile(ctx.rendererDir);
  if (index === undefined) return sendEmpty(res, 404);
  const session = ctx.display.mint();
  await sendIndex(req, res, index, {
    headers: { 'Set-Cookie': displayCookieHeader(ctx.port, session) },
    meta: { name: PAGE_SECRET_META, content: session.page },
  });
}

/**
 * `/display` and `/display/pair`, which need no credential: a browser without a display cookie
 * gets the pairing form (it holds nothing secret), one with it the renderer, whose `/display`
 * route shows the customer screen.
 */
export async function handleDisplayPage(req: IncomingMessage, res: ServerResponse, path: string, ctx: DisplayRouteContext): Promise<void> {
  if (req.method === 'POST' && path === DISPLAY_PATH) return pair(req, res, ctx);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendEmpty(res, 405, { Allow: path === DISPLAY_PATH ? 'GET, HEAD, POST' : 'GET, HEAD' });
  if (path === DISPLAY_PATH && ctx.display.mayReadFiles(req)) return handleStatic(req, res, path, ctx.rendererDir);
  return sendPairingForm(req, res, 200, false);
}

/** The app's event feed narrowed to the display events: a display never hears anything else. */
export function displayOnlyFeed(feed: EventFeed): EventFeed {
  return narrowedFeed(feed, isDisplayEvent);
}
