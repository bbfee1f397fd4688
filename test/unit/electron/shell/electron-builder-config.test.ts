// Covers electron-builder.yml: targets per platform, fuses, asar with better-sqlite3 unpacked, icons.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const raw: unknown = parse(readFileSync(`${root}electron-builder.yml`, 'utf8'));
const config = raw as Record<string, unknown>;

function section(name: string): Record<string, unknown> {
  const value = config[name];
  expect(value, name).toBeTypeOf('object');
  return value as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('be.digiplanner.app');
    expect(config.productName).toBe('Digiplanner');
  });

  it('builds an NSIS installer on Windows, a DMG on macOS, AppImage and .deb on Linux', () => {
    expect(section('win').target).toEqual(['nsis']);
    expect(section('mac').target).toEqual(['dmg']);
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
  });

  it('writes to dist/ and takes resources from build/', () => {
    expect(section('directories')).toMatchObject({ output: 'dist', buildResources: 'build' });
  });

  it('packs the built app and package.json', () => {
    const files = config.files as string[];
    expect(files).toContain('out/**');
    expect(files).toContain('package.json');
    // Nothing from the sources: electron-vite has bundled them into out/.
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
  });

  it('packs into asar, with better-sqlite3 (its native .node) unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
  });

  it('does not rebuild native modules: better-sqlite3 is a Node-API prebuild', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('turns off every fuse the app does not need and turns on the protective ones', () => {
    expect(section('electronFuses')).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('files the Linux package under Education with a maintainer', () => {
    expect(section('linux').category).toBe('Education');
    expect(section('deb').maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
  });

  it('uses the 512x512 icon from build/ on every platform', () => {
    for (const platform of ['win', 'mac', 'linux']) expect(section(platform).icon).toBe('build/icon.png');
    const png = readFileSync(`${root}build/icon.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it("passes electron-builder's own schema, which rejects a misspelt option", async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    const logger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(raw, logger)).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...section('electronFuses'), runAsNod: false } };
    await expect(validateConfiguration(misspelt, logger)).rejects.toThrow(/configuration object/);
  });
});
