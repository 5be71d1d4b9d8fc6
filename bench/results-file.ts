/** bench/RESULTS.md is shared: each benchmark owns one "## Title" section and replaces only that. */

/** Replaces (or appends) one "## <title>" section of a Markdown file, leaving the others alone. */
export function replaceSection(markdown: string, title: string, body: string): string {
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n`;
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) return `${markdown.trimEnd()}${markdown.trim() ? "\n\n" : "# Benchmark results\n\n"}${section}`;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  return [...lines.slice(0, start), ...section.trimEnd().split("\n"), "", ...lines.slice(end)]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}
