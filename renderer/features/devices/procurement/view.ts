// Small helpers of the procurement screens: a file's findings, document sizes and hashes as
// people read them, and moving a document's bytes between the disk and the app.
import type { Finding } from '../../../../shared/findings/finding.ts';
import { formatInteger } from '../../../../shared/format.ts';

/** The findings about one procurement file (their field starts with `procurements.<id>.`). */
export function findingsOf(findings: readonly Finding[], procurementId: string): Finding[] {
  const prefix = `procurements.${procurementId}.`;
  return findings.filter((finding) => finding.field?.startsWith(prefix));
}

/** The first 12 characters of a SHA-256: enough to tell documents apart at a glance. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

const decimal = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

/** `715 bytes`, `12,4 kB`, `3,1 MB` (1 kB = 1000 bytes, as file managers show it). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatInteger(bytes)} bytes`;
  if (bytes < 1_000_000) return `${decimal.format(bytes / 1000)} kB`;
  return `${decimal.format(bytes / 1_000_000)} MB`;
}

/** A file the user picked or dropped, as base64 for the door to the main process. */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole 25 MB array overflows the call stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(contentBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Hands bytes to the browser as a download under their own name (a normal download in Electron too). */
export function downloadBase64(contentBase64: string, fileName: string): void {
  const bytes = base64ToBytes(contentBase64);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
