import type { IncomingMessage, ServerResponse } from 'node:http';
import { PAGE_SECRET_META, sessionCookieHeader, type HostAuth } from './auth';
import { sendEmpty, setBaseHeaders } from './http-util';
import { indexFile, sendIndex } from './static-files';

/** `/?launch=<token>`: the link the banner prints (and `--open` opens). */
export const LAUNCH_PARAM = 'launch';

const REFUSAL_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tillbook: link already used</title></head>
<body><main>
<h1>This Tillbook link has been used already</h1>
<p>Each launch link opens Tillbook once. If Tillbook is open in another tab, carry on there.
Otherwise press Enter in the terminal running <code>npm run serve</code> for a new link, or restart it.</p>
<p lang="zh-CN">此 Tillbook 启动链接已使用过，每个链接只能打开一次。如果 Tillbook 已在其他标签页中打开，请在那里继续；
否则请在运行 <code>npm run serve</code> 的终端中按回车获取新链接，或重新启动它。</p>
</main></body></html>
`;

/** Speculative loads (prefetch, prerender) must not spend a one-time link the user never saw. */
function isSpeculative(req: IncomingMessage): boolean {
  const purpose = req.headers['sec-purpose'] ?? req.headers['purpose'];
  return typeof purpose === 'string' && /prefetch|prerender/i.test(purpose);
}

function sendRefusal(res: ServerResponse): void {
  const body = Buffer.from(REFUSAL_HTML, 'utf8');
  setBaseHeaders(res);
  res.writeHead(401, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * Exchanges the launch token, once, for a browser session: the HttpOnly cookie, and the page
 * secret in a meta tag of this one response, which the renderer moves into `sessionStorage` (and
 * strips the link from the address bar). A second use gets the refusal page and no cookie.
 */
export async function handleLaunch(
  req: IncomingMessage,
  res: ServerResponse,
  candidate: string,
  context: { readonly auth: HostAuth; readonly port: number; readonly rendererDir: string },
): Promise<void> {
  if (req.method !== 'GET') return sendEmpty(res, 405, { Allow: 'GET' });
  if (isSpeculative(req)) return sendEmpty(res, 503);
  const index = await indexFile(context.rendererDir);
  if (index === undefined) return sendEmpty(res, 404);
  const session = context.auth.exchange(candidate);
  if (session === undefined) return sendRefusal(res);
  await sendIndex(req, res, index, {
    headers: { 'Set-Cookie': sessionCookieHeader(context.port, session) },
    meta: { name: PAGE_SECRET_META, content: session.page },
  });
}
