// Security settings shared by the desktop window, the renderer build and the browser bridge,
// kept free of any Electron import so they can be unit-tested in plain Node. The window's
// web preferences live in window.ts, written out where the security scan can read them.

/** No remote origins, no eval, no inline script; inline styles only for chart sizes. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Directives a browser ignores (with a console error) in a `<meta>` policy: header only. */
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The same policy for the renderer's `<meta>` tag, injected at build time by the plugin in
 * electron.vite.config.ts, so the page carries it wherever it is served from.
 */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !headerOnlyDirectives.has(directive.split(' ')[0] ?? ''))
  .join('; ');

/** Links the app may open in the user's browser; everything else is refused. */
export const externalLinkAllowList: readonly string[] = [
  'https://www.vlaanderen.be/',
  'https://onderwijs.vlaanderen.be/',
  'https://www.digisprong.be/',
  'https://digisprong.be/',
  'https://www.klascement.net/',
];

export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return externalLinkAllowList.some((prefix) => parsed.href.startsWith(prefix));
}

/** IPC is answered only for the app's own top-level page, never for other frames or origins. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, appOrigin: string): boolean {
  if (!isMainFrame || frameUrl === undefined) return false;
  try {
    // Compare scheme and host: for a custom scheme, URL.origin is the opaque "null".
    const frame = new URL(frameUrl);
    const app = new URL(appOrigin);
    return frame.protocol === app.protocol && frame.host === app.host;
  } catch {
    return false;
  }
}
