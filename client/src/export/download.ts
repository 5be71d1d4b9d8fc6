/** Saves a Blob as a file through a temporary same-origin object URL. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadJson(value: unknown, filename: string, type = "application/json"): void {
  download(new Blob([JSON.stringify(value, null, 2)], { type }), filename);
}

/** A file-name-safe stem from an id or label. */
export function fileStem(s: string): string {
  return (
    s
      .replace(/[^\w.-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "view"
  );
}
