// Where the data lives. The desktop app uses Electron's user-data folder; the CLI and the
// browser mode compute the same folder so all three doors open the same plans, unless a
// flag or DIGIPLAN_DATA_DIR points elsewhere (tests, portable use).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Digiplanner';
export const DATABASE_FILE = 'digiplan.sqlite';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

export function resolveDataDir(flag: string | undefined, env = process.env): string {
  // An empty variable counts as unset (`DIGIPLAN_DATA_DIR=` in a script), not as the current folder.
  return flag ?? (env.DIGIPLAN_DATA_DIR || undefined) ?? defaultDataDir(process.platform, env);
}
