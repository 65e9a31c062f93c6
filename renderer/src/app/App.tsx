import type { i18n as I18n } from 'i18next';

import { AppGate } from './AppGate';
import { ErrorBoundary } from './ErrorBoundary';
import { Providers } from './Providers';

export function App({ i18n, styleNonce }: { i18n: I18n; styleNonce: string | null }) {
  return (
    <Providers i18n={i18n} styleNonce={styleNonce}>
      <ErrorBoundary>
        <AppGate />
      </ErrorBoundary>
    </Providers>
  );
}
