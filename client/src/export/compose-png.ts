/**
 * A graph export that stands alone: the drawing (without the selection highlight) framed by a
 * title, the claim, the legend, the outlets, when and where it was exported; the same facts go
 * into the PNG's tEXt metadata.
 */
import type { Core } from "cytoscape";
import { withPngText } from "./png-text.js";

export interface ExportFrame {
  title: string;
  /** The claim's wording, or what the network shows. */
  subject: string;
  /** Lines under the drawing: outlets, the time axis's zone, the source. */
  notes: string[];
  legend: Array<{ label: string; color: string }>;
  link: string;
  exportedAt: Date;
}

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const scale = 2;

/** The legend as the page shows it: each row's text and the colour of its symbol. */
export function legendEntries(legend: HTMLElement): ExportFrame["legend"] {
  return [...legend.querySelectorAll<HTMLElement>(".row:has(svg)")].map((row) => {
    const mark = row.querySelector("svg > *");
    const fill = mark?.getAttribute("fill");
    return {
      label: row.textContent?.trim() ?? "",
      color: (fill && fill !== "none" && fill !== "#fff" ? fill : mark?.getAttribute("stroke")) ?? "#555",
    };
  });
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function composePng(cy: Core, frame: ExportFrame): Promise<Blob> {
  // The selection and keyboard focus are the user's, not the figure's.
  const selected = cy.$(":selected");
  const focused = cy.$(".kbd-focus, .hover");
  selected.unselect();
  focused.removeClass("kbd-focus hover");
  let drawing: Blob;
  try {
    drawing = (await cy.png({
      output: "blob-promise",
      full: true,
      scale,
      bg: "#ffffff",
      maxWidth: 6000,
      maxHeight: 6000,
    })) as Blob;
  } finally {
    selected.select();
    focused.addClass("kbd-focus");
  }
  const image = await createImageBitmap(drawing);
  const width = Math.max(image.width, 1100 * scale);
  const pad = 24 * scale;
  const measure = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
  const text = (size: number, weight = 400) => `${weight} ${size * scale}px ${font}`;
  measure.font = text(22, 700);
  const titleLines = wrap(measure, frame.title, width - 2 * pad);
  measure.font = text(16);
  const subjectLines = wrap(measure, frame.subject, width - 2 * pad);
  measure.font = text(13);
  const noteLines = [
    ...frame.notes,
    `Exported ${frame.exportedAt.toISOString().replace(/\.\d+Z$/, "Z")} (UTC) from ${frame.link}`,
  ].flatMap((n) => wrap(measure, n, width - 2 * pad));
  const legendRows = Math.ceil(frame.legend.length / 3);
  const head = pad + titleLines.length * 30 * scale + subjectLines.length * 22 * scale + 8 * scale;
  const foot = 16 * scale + legendRows * 22 * scale + 10 * scale + noteLines.length * 19 * scale + pad;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = head + image.height + foot;
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = "top";
  let y = pad;
  ctx.fillStyle = "#1b1f24";
  ctx.font = text(22, 700);
  for (const l of titleLines) ctx.fillText(l, pad, y), (y += 30 * scale);
  ctx.font = text(16);
  for (const l of subjectLines) ctx.fillText(l, pad, y), (y += 22 * scale);
  ctx.drawImage(image, Math.round((width - image.width) / 2), head);
  y = head + image.height + 16 * scale;
  ctx.font = text(13);
  const column = (width - 2 * pad) / 3;
  frame.legend.forEach((entry, i) => {
    const x = pad + (i % 3) * column;
    const rowY = y + Math.floor(i / 3) * 22 * scale;
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, rowY + 2 * scale, 12 * scale, 12 * scale);
    ctx.fillStyle = "#1b1f24";
    ctx.fillText(entry.label, x + 18 * scale, rowY);
  });
  y += legendRows * 22 * scale + 10 * scale;
  ctx.fillStyle = "#525a65";
  for (const l of noteLines) ctx.fillText(l, pad, y), (y += 19 * scale);
  const png = new Uint8Array(
    await (
      await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The image could not be encoded"))), "image/png"),
      )
    ).arrayBuffer(),
  );
  const tagged = withPngText(png, {
    Title: frame.title,
    Description: frame.subject,
    Comment: frame.notes.join(" | "),
    Legend: frame.legend.map((l) => l.label).join(" | "),
    Source: frame.link,
    "Creation Time": frame.exportedAt.toISOString(),
    Software: "Narrative Network Explorer",
  });
  return new Blob([tagged], { type: "image/png" });
}
