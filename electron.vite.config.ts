// Builds the three parts: the main process (ESM), the preload (CommonJS, as a sandboxed
// preload must be) and the renderer. Works without the Electron runtime.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy } from './electron/security.ts';

/**
 * Writes the renderer's CSP `<meta>` tag from electron/security.ts, the policy's one
 * definition (the app protocol and the browser bridge send the same policy as a header).
 * It goes right after `<meta charset>`, ahead of every script and stylesheet.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'digiplan-csp-meta',
    transformIndexHtml(html) {
      if (/http-equiv=["']?content-security-policy/i.test(html)) {
        throw new Error('renderer/index.html must not set its own CSP: it comes from electron/security.ts.');
      }
      const charset = /<meta\s+charset=[^>]*>/i;
      if (!charset.test(html)) throw new Error('renderer/index.html needs a <meta charset> for the CSP to follow.');
      const content = metaContentSecurityPolicy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
      return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: { input: { main: 'electron/main.ts' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: 'electron/preload.ts' },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMetaPlugin()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
