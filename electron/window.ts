// The one window factory. Its options are written out literally inside `new BrowserWindow({...})`
// because the security scan (electronegativity) reads only the literal argument of that call:
// so the scan checks the very object Electron receives. main.ts passes Electron's class in; a
// unit test reads the options through a recording class. Only types come from Electron here.
import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the main window. Developer tools only outside a packaged build (`app.isPackaged`);
 * everything that isolates the page from Node and from the web is fixed, not configurable.
 */
export function createMainWindow<W>(BrowserWindow: WindowClass<W>, preloadPath: string, isPackaged: boolean): W {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Digiplanner',
    backgroundColor: '#f7f7f4',
    autoHideMenuBar: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click would ask for a new window; the open handler denies it anyway.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      safeDialogs: true,
      preload: preloadPath,
      devTools: !isPackaged,
    },
  });
}

/** The options the main window is created with (read through a class that only records them). */
export function mainWindowOptions(preloadPath: string, isPackaged = true): BrowserWindowConstructorOptions {
  const Recorder = class {
    readonly options: BrowserWindowConstructorOptions;
    constructor(options: BrowserWindowConstructorOptions) {
      this.options = options;
    }
  };
  return createMainWindow(Recorder, preloadPath, isPackaged).options;
}
