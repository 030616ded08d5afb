// Some browsers read a blob URL only after the click has returned: revoke it later, not at once.
const REVOKE_AFTER_MS = 60_000;

/** Hands a file to the browser's download, as a link with `download` would. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
