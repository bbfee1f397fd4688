// Which chosen or dropped files the inventory import takes, and how large; the bytes go to
// the main process as base64 (readAsBase64), which decodes and parses them.

/** The largest base64 text the import channel accepts (shared/contract.ts FileSchema). */
export const MAX_BASE64_LENGTH = 90_000_000;

export const acceptedExtensions = ['.csv', '.xlsx', '.txt'] as const;

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}
