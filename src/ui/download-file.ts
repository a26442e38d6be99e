// Hands a file (text or binary) to the browser's download manager: Blob + object URL + <a download>.
// Works offline (nothing leaves the device) and on Android Chrome, which ignores
// data: URLs for large files.

export function downloadTextFile(
  fileName: string,
  text: string,
  mimeType = 'application/json',
): void {
  downloadBlobFile(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/** Any file, e.g. an .xlsx built in the browser. */
export function downloadBlobFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
