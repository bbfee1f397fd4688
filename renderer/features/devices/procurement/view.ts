// Small helpers of the procurement screens: a file's findings, and document sizes and hashes
// as people read them.
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
