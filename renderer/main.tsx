// Boot: pick the door (desktop preload or browser bridge), read the stored language, and
// render. Everything the UI knows comes through the typed client.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import { createApi } from '../shared/client.ts';
import type { Language } from '../shared/contract.ts';
import { createI18n } from '../shared/i18n/index.ts';
import { ApiProvider } from './api/hooks.tsx';
import { createTransport } from './api/transport.ts';
import { App } from './app/App.tsx';
import { ToastProvider } from './components/Toasts.tsx';
import './styles.css';

async function boot(): Promise<void> {
  const api = createApi(createTransport());
  const settings = await api.call('settings.get', {});
  const language: Language = settings.ok ? settings.value.language : 'nl';
  const i18n = createI18n(language);
  document.documentElement.lang = language;
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
  });

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ApiProvider api={api}>
            <HashRouter>
              <ToastProvider>
                <App />
              </ToastProvider>
            </HashRouter>
          </ApiProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
