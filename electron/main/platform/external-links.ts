/**
 * Which links may leave the app for the system browser (docs/security.md §2.4): https only, and only
 * to an exact origin on the allowlist, compared on the parsed URL. Everything else is dropped.
 */
export type ExternalAllowlist = readonly string[];

/** Empty until a page we trust to open is known (help centre, backend console…). */
export const EXTERNAL_HTTPS_ORIGINS: ExternalAllowlist = [];

export function isAllowedExternalUrl(url: string, allowlist: ExternalAllowlist): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return allowlist.includes(parsed.origin);
}
