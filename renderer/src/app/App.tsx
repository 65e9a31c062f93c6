import type { i18n as I18n } from 'i18next';

import { DisplayRoute } from '../features/display/CustomerDisplay';
import { AppGate } from './AppGate';
import { ErrorBoundary } from './ErrorBoundary';
import { Providers } from './Providers';

/** The customer display's page: `/display` on the web host after pairing, `#display` in Electron's display window. */
function isDisplayRoute(): boolean {
  return typeof location === 'object' && (location.pathname === '/display' || location.hash === '#display');
}

export function App({ i18n, styleNonce }: { i18n: I18n; styleNonce: string | null }) {
  return (
    <Providers i18n={i18n} styleNonce={styleNonce}>
      <ErrorBoundary>
        {/* The customer display needs no staff sign-in and may call nothing (issue 9 §8). */}
        {isDisplayRoute() ? <DisplayRoute /> : <AppGate />}
      </ErrorBoundary>
    </Providers>
  );
}
