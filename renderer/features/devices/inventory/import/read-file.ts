// Reading a chosen or dropped file in the renderer: its bytes as base64 for the import
// channel (the main process decodes and parses it; nothing is interpreted here).

/** The largest base64 text the import channel accepts (shared/contract.ts FileSchema). */
export const MAX_BASE64_LENGTH = 90_000_000;

export const acceptedExtensions = ['.csv', '.xlsx', '.txt'] as const;

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return acceptedExtensions.some((extension) => lower.endsWith(extension));
}

/** The file's bytes as base64, read off the main thread by the browser. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.readAsDataURL(file);
  });
}
