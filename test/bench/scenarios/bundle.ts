// The JavaScript the renderer loads before it can show anything: the entry module and
// every modulepreload link in the built index.html, gzipped at level 9 and summed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Scenario } from '../scenario.ts';

export const rendererDir = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));

const KB = 1000;

/** The `src`/`href` of the entry scripts and modulepreload links, in document order. */
export function initialScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const tag = match[1]!.toLowerCase();
    const attrs = match[2]!;
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attrs)?.[1];
    if (tag === 'script' && attr('src') !== undefined) found.push(attr('src')!);
    if (tag === 'link' && attr('rel')?.toLowerCase() === 'modulepreload' && attr('href') !== undefined) found.push(attr('href')!);
  }
  return found;
}

function fileOf(reference: string): string {
  const path = new URL(reference, 'http://renderer.invalid/').pathname;
  return join(rendererDir, decodeURIComponent(path));
}

export const initialJs: Scenario = {
  name: 'initial renderer JS, gzipped',
  unit: 'kB',
  target: { statistic: 'median', lessThan: 400 },
  p99: false,
  run() {
    const indexFile = join(rendererDir, 'index.html');
    if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run \`npm run build\` first`);
    const html = readFileSync(indexFile, 'utf8');
    const scripts = initialScripts(html);
    if (scripts.length === 0) throw new Error('no entry script found in out/renderer/index.html');
    let raw = 0;
    let gzipped = 0;
    const files = scripts.map((reference) => {
      const bytes = readFileSync(fileOf(reference));
      const gz = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzipped += gz;
      return { file: reference, rawBytes: bytes.length, gzipBytes: gz };
    });
    const css = [...html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*href=["']([^"']+)["']/gi)].map((m) => m[1]!);
    const cssGzip = css.reduce((sum, reference) => sum + gzipSync(readFileSync(fileOf(reference)), { level: 9 }).length, 0);
    return Promise.resolve({
      samples: [gzipped / KB],
      notes: [
        `${files.length} file(s): ${files.map((f) => `${f.file} ${(f.rawBytes / KB).toFixed(1)} kB raw → ${(f.gzipBytes / KB).toFixed(1)} kB gz`).join(', ')}`,
        `raw (uncompressed) total: ${(raw / KB).toFixed(1)} kB; stylesheet(s), not counted: ${(cssGzip / KB).toFixed(1)} kB gz; 1 kB = 1000 bytes`,
      ],
      details: { rawKB: raw / KB, files, cssGzipKB: cssGzip / KB },
    });
  },
};
