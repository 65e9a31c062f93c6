export const STYLE_NONCE_META = 'tillbook-style-nonce';
/** What index.html carries until a server replaces it per load. */
export const STYLE_NONCE_PLACEHOLDER = '__TILLBOOK_NONCE__';

type MetaSource = { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

/** The per-load style nonce from the meta tag, or null (dev server, or not replaced). */
export function readStyleNonce(doc: MetaSource): string | null {
  const content = doc.querySelector(`meta[name="${STYLE_NONCE_META}"]`)?.getAttribute('content');
  if (content === undefined || content === null) return null;
  const nonce = content.trim();
  if (nonce === '' || nonce === STYLE_NONCE_PLACEHOLDER) return null;
  return nonce;
}
