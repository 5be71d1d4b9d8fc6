/**
 * Narrow screens show one pane (claims, graph or evidence) at a time; the pane tabs switch
 * between them. On wide screens all three are shown and this does nothing visible.
 */
export type Pane = "list" | "graph" | "evidence";

const narrowQuery = "(max-width: 900px)";

export class Panes {
  private readonly buttons: HTMLButtonElement[];

  constructor(
    private readonly layout: HTMLElement,
    tabs: HTMLElement,
  ) {
    this.buttons = [...tabs.querySelectorAll<HTMLButtonElement>("button[data-pane]")];
    for (const b of this.buttons) b.addEventListener("click", () => this.show(b.dataset.pane as Pane));
  }

  get narrow(): boolean {
    return window.matchMedia(narrowQuery).matches;
  }

  show(pane: Pane): void {
    this.layout.dataset.pane = pane;
    for (const b of this.buttons) {
      const here = b.dataset.pane === pane;
      b.setAttribute("aria-pressed", String(here));
      if (here) b.classList.remove("news");
    }
  }

  /** Marks a hidden pane's tab when something new is shown in it. */
  notify(pane: Pane): void {
    if (this.layout.dataset.pane !== pane) this.buttons.find((b) => b.dataset.pane === pane)?.classList.add("news");
  }
}
