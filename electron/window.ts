// The one window factory's options. Only types come from Electron here, so a unit test
// can check every security setting without the Electron runtime.
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security.ts';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Digiplanner',
    backgroundColor: '#f7f7f4',
    autoHideMenuBar: false,
    webPreferences: { ...secureWebPreferences, preload: preloadPath, devTools: !isPackagedBuild() },
  };
}

function isPackagedBuild(): boolean {
  return process.env.NODE_ENV === 'production';
}
