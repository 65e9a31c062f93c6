import { describe, expect, test } from 'vitest';

import {
  contentSecurityPolicy,
  injectNonce,
  STYLE_NONCE_META_NAME,
  STYLE_NONCE_PLACEHOLDER,
} from '../../shared/ipc/csp';

const NONCE = 'AAAAAAAAAAAAAAAAAAAAAAAA';

describe('shared/ipc/csp', () => {
  test('the policy is exactly the one of security.md §1.2, with the nonce for styles', () => {
    expect(contentSecurityPolicy(NONCE)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-AAAAAAAAAAAAAAAAAAAAAAAA'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  test('never unsafe-inline, unsafe-eval or a wildcard', () => {
    const policy = contentSecurityPolicy(NONCE);
    expect(policy).not.toMatch(/unsafe-|\*|http:|https:/);
  });

  test('a nonce that could break out of its directive is refused', () => {
    for (const bad of ['', 'short', "abcdefghijklmnop'; script-src *", 'abcdefghijklmnop abc', 'a'.repeat(15)]) {
      expect(() => contentSecurityPolicy(bad)).toThrow();
      expect(() => injectNonce('<html></html>', bad)).toThrow();
    }
  });

  test('injectNonce replaces every placeholder and nothing else', () => {
    const html =
      `<meta name="${STYLE_NONCE_META_NAME}" content="${STYLE_NONCE_PLACEHOLDER}">` +
      `<style nonce="${STYLE_NONCE_PLACEHOLDER}"></style><p>keep</p>`;
    const out = injectNonce(html, NONCE);
    expect(out).toBe(
      `<meta name="tillbook-style-nonce" content="${NONCE}"><style nonce="${NONCE}"></style><p>keep</p>`,
    );
    expect(out).not.toContain(STYLE_NONCE_PLACEHOLDER);
  });
});
