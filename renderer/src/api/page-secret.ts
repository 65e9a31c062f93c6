/**
 * Browser mode's page secret (docs/security.md §4). The web host's launch page carries it once, in
 * a meta tag, beside the HttpOnly cookie it sets; this tab keeps it in `sessionStorage` (so a
 * reload keeps working and no other tab or port sees it) and sends it as a header on every call.
 * The names must match electron/host/auth.ts; the e2e suite proves they do.
 */
export const PAGE_SECRET_HEADER = 'x-tillbook-page';
export const PAGE_SECRET_META = 'tillbook-page-secret';
export const PAGE_SECRET_STORAGE_KEY = 'tillbook.pageSecret';
/** The one-time launch link's parameter, stripped from the address bar once the page has loaded. */
export const LAUNCH_PARAM = 'launch';

type MetaElement = { getAttribute(name: string): string | null; remove(): void };

export type PageScope = {
  readonly document: { querySelector(selector: string): MetaElement | null };
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly location: { readonly href: string };
};

/**
 * Takes the page secret out of the launch page's meta tag (removing the tag), keeps it in
 * sessionStorage, and replaces the launch link in the address bar and history with the bare
 * path. Returns this tab's secret, or undefined when the tab never had one.
 */
export function adoptPageSecret(scope: PageScope): string | undefined {
  const meta = scope.document.querySelector(`meta[name="${PAGE_SECRET_META}"]`);
  const fresh = meta?.getAttribute('content') ?? null;
  meta?.remove();
  let kept: string | null = null;
  try {
    if (fresh !== null && fresh !== '') scope.sessionStorage?.setItem(PAGE_SECRET_STORAGE_KEY, fresh);
    kept = scope.sessionStorage?.getItem(PAGE_SECRET_STORAGE_KEY) ?? null;
  } catch {
    // Storage disabled: the secret lives in memory only, and a reload needs a new launch link.
  }
  const url = new URL(scope.location.href);
  if (url.searchParams.has(LAUNCH_PARAM)) {
    url.searchParams.delete(LAUNCH_PARAM);
    scope.history.replaceState(scope.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  const secret = fresh !== null && fresh !== '' ? fresh : kept;
  return secret ?? undefined;
}
