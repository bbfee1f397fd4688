// Picks the door: the preload API inside the desktop app, or fetch to the loopback bridge
// in the browser mode. The rest of the renderer cannot tell them apart.
import type { DesktopBridge, Invoke } from '../../shared/client.ts';
import type { Result } from '../../shared/result.ts';

const TOKEN_KEY = 'digiplan.token';

export function desktopBridge(): DesktopBridge | undefined {
  return (window as Window & { digiplan?: DesktopBridge }).digiplan;
}

export function createTransport(): Invoke {
  const desktop = desktopBridge();
  if (desktop) return desktop.invoke;
  const token = takeToken();
  return async (channel, input) => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'OFFLINE', messageKey: 'errors.offline' } };
    }
  };
}

/** The bridge hands the token over in the URL fragment once; keep it for reloads of this tab. */
function takeToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
