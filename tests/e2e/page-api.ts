/// <reference lib="dom" />
// Calls the contract from inside the page, the way the renderer does: same origin, the session
// cookie, and this tab's page secret header — the cookie alone is refused.
import type { Page } from '@playwright/test';

import { PAGE_SECRET_HEADER, PAGE_SECRET_STORAGE_KEY } from '../../renderer/src/api/page-secret';

export type RawResult = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

export async function callFromPage(page: Page, key: string, input: unknown): Promise<RawResult> {
  return page.evaluate(
    async ([k, body, header, storageKey]) => {
      const response = await fetch(`/api/${k}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', [header]: sessionStorage.getItem(storageKey) ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as RawResult;
    },
    [key, input, PAGE_SECRET_HEADER, PAGE_SECRET_STORAGE_KEY] as const,
  );
}
