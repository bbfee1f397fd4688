// Moving a file's bytes between the user's disk and the app: picked or dropped files in as
// base64 for the door to the main process, bytes out as a download.

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
