/** What main.ts needs from a view that draws a graph (network, travel). */
import type { Core } from "cytoscape";
import type { ViewState } from "../state/view-state.js";
import type { Selection } from "./selection.js";

export interface GraphView {
  readonly cy: Core | null;
  readonly renderer: string;
  /** Fetches and draws everything for this state; shows loading, empty and error states itself. */
  load(s: ViewState): Promise<void>;
  /** Applies a change that does not need a reload (expansions, stance filter). */
  update(s: ViewState, prev: ViewState): Promise<void>;
  /** What a graph element stands for; null for the background. */
  describe(id: string, s: ViewState): Selection | null;
  /** The claim whose evidence an export should carry, if any. */
  claimFor(id: string, s: ViewState): string;
  /** What an exported image is of: its title, subject and notes (see export/compose-png.ts). */
  exportFrame(s: ViewState): { title: string; subject: string; notes: string[] };
  /** The evidence behind what is drawn, for the JSON export (documents, outlets, times, quotes, spans). */
  exportEvidence(): unknown[];
  /** The container changed size: redraw to fill it. */
  refit(): void;
  destroy(): void;
}

export interface ViewContext {
  container: HTMLElement;
  status: HTMLElement;
  head: HTMLElement;
  select(id: string): void;
  announce(text: string): void;
  setOpen(open: string[]): void;
}
