#!/usr/bin/env node
// `npm run web`: the app in a browser, for machines without the Electron runtime and for
// the end-to-end tests. Same handlers, same data folder as the desktop app.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openBackend } from '../backend.ts';
import { startBridge } from '../bridge/http.ts';
import { resolveDataDir } from '../paths.ts';
import { packageVersion } from '../version.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`Ongeldige poort: ${values.port}\n`);
  process.exit(1);
}

const dataDir = resolveDataDir(values['data-dir']);
const backend = openBackend({
  dataDir,
  appVersion: packageVersion(),
  dispatch: { logError: (error, channel) => process.stderr.write(`[${channel}] ${String(error)}\n`) },
});
const bridge = await startBridge({
  dispatch: backend.dispatch,
  token: randomBytes(24).toString('base64url'),
  staticDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
  port,
});

process.stdout.write(`Digiplanner (browsermodus) draait. Open in je browser:\n${bridge.url}\n`);
process.stdout.write(`Gegevens: ${dataDir}\n`);

const stop = () => {
  void bridge.close().then(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
