import '@mantine/core/styles.css';
import './app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { createI18n, matchLocale } from './lib/i18n';
import { readStyleNonce } from './lib/style-nonce';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('#root element is missing from index.html');
}

// Until settings.locale arrives, speak the OS language (zh-* → zh-CN, else English).
const i18n = createI18n(matchLocale(navigator.language));
const styleNonce = readStyleNonce(document);

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} styleNonce={styleNonce} />
  </StrictMode>,
);
