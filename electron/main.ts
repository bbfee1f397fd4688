// The Electron main process: lifecycle, the one hardened window, the app protocol that
// serves the built renderer, and IPC to the shared handler table. No business logic.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AppErrorShape } from '../shared/result.ts';
import { openBackend, type Backend } from './backend.ts';
import { APP_ORIGIN, IPC_INVOKE, IPC_MENU } from './ipc.ts';
import { menuTemplate } from './menu.ts';
import { contentSecurityPolicy, isAllowedExternalLink, isTrustedSender } from './security.ts';
import { createMainWindow } from './window.ts';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.on('window-all-closed', () => {
    backend?.close();
    app.quit();
  });
  void app.whenReady().then(start);
}

function dataDir(): string {
  const { values } = parseArgs({ args: process.argv.slice(1), options: { 'data-dir': { type: 'string' } }, strict: false });
  const flag = values['data-dir'];
  return typeof flag === 'string' ? flag : (process.env.DIGIPLAN_DATA_DIR ?? app.getPath('userData'));
}

function start(): void {
  try {
    backend = openBackend({ dataDir: dataDir(), appVersion: app.getVersion() });
  } catch (error) {
    const shape = (error as { toShape?: () => AppErrorShape }).toShape?.();
    dialog.showErrorBox(
      'Digiplanner kan niet starten',
      shape?.code === 'DB_TOO_NEW'
        ? 'Deze gegevens zijn gemaakt met een nieuwere versie van Digiplanner. Werk de app bij; er is niets gewijzigd.'
        : `De gegevens konden niet geopend worden: ${String(error)}`,
    );
    app.quit();
    return;
  }
  const ready = backend;

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  protocol.handle('app', async (request) => {
    const { pathname } = new URL(request.url);
    const file = normalize(join(rendererRoot, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (!file.startsWith(rendererRoot + sep)) return new Response('Niet gevonden', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    return new Response(response.body, { status: response.status, headers });
  });

  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, frame === event.sender.mainFrame, APP_ORIGIN)) {
      return { ok: false, error: { code: 'FORBIDDEN_ORIGIN', messageKey: 'errors.forbiddenOrigin' } };
    }
    return ready.dispatch(channel, input);
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        isMac: process.platform === 'darwin',
        send: (command) => mainWindow?.webContents.send(IPC_MENU, command),
        openExternal: (url) => {
          if (isAllowedExternalLink(url)) void shell.openExternal(url);
        },
        showAbout: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: 'Over Digiplanner',
            message: `Digiplanner ${app.getVersion()}`,
            detail: 'Je Digiplan, stap voor stap klaar om in te dienen. Alles blijft op deze computer.',
          }),
      }),
    ),
  );

  mainWindow = createMainWindow(BrowserWindow, join(here, '../preload/preload.cjs'), app.isPackaged);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
