// Covers electron/window.ts: the main window's options keep every isolation setting.
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, mainWindowOptions } from '../../../../electron/window.ts';

const preload = '/app/out/preload/preload.cjs';

function webPreferences(isPackaged = true) {
  const prefs = mainWindowOptions(preload, isPackaged).webPreferences;
  expect(prefs).toBeDefined();
  return prefs!;
}

describe('mainWindowOptions', () => {
  it('isolates the page: context isolation and the sandbox on', () => {
    const prefs = webPreferences();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives no Node to the page, its workers or its subframes', () => {
    const prefs = webPreferences();
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and experimental features', () => {
    const prefs = webPreferences();
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
  });

  it('loads the given preload script and no other', () => {
    expect(webPreferences().preload).toBe(preload);
    expect(mainWindowOptions('/elsewhere/preload.cjs').webPreferences?.preload).toBe('/elsewhere/preload.cjs');
  });

  it('offers developer tools only outside a packaged build', () => {
    expect(webPreferences(true).devTools).toBe(false);
    expect(webPreferences(false).devTools).toBe(true);
    expect(mainWindowOptions(preload).webPreferences?.devTools).toBe(false);
  });

  it('stays hidden until the page is ready to show', () => {
    expect(mainWindowOptions(preload).show).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('hands the same options to the window class it is given, once', () => {
    const seen: BrowserWindowConstructorOptions[] = [];
    const FakeWindow = class {
      constructor(options: BrowserWindowConstructorOptions) {
        seen.push(options);
      }
    };
    const window = createMainWindow(FakeWindow, preload, true);
    expect(window).toBeInstanceOf(FakeWindow);
    expect(seen).toEqual([mainWindowOptions(preload, true)]);
  });
});
