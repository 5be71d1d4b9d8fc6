/**
 * The time slider: its steps are the distinct times of the drawn elements, so replay reveals
 * the spread one publication at a time. The last step means "everything".
 */
import type { Core } from "cytoscape";
import { formatDateTime } from "../text/time-format.js";

export class Timeline {
  private times: number[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private cy: Core | null = null;

  constructor(
    private readonly slider: HTMLInputElement,
    private readonly label: HTMLOutputElement,
    private readonly play: HTMLButtonElement,
    private readonly onChange: (iso: string) => void,
    private readonly stepMs = 900,
  ) {
    slider.addEventListener("input", () => {
      this.stop();
      this.apply();
      this.onChange(this.currentIso());
    });
    play.addEventListener("click", () => (this.timer ? this.stop() : this.start()));
  }

  /** Binds to a graph: its timed elements define the steps; `t` (ISO) sets the position. */
  attach(cy: Core | null, t: string): void {
    this.stop();
    this.cy = cy;
    const times = new Set<number>();
    cy?.elements().forEach((e) => {
      const time = e.data("time");
      if (typeof time === "number") times.add(time);
    });
    this.times = [...times].sort((a, b) => a - b);
    this.slider.max = String(this.times.length);
    this.slider.disabled = this.times.length === 0;
    this.play.disabled = this.times.length < 2;
    this.setTime(t);
  }

  setTime(t: string): void {
    const at = t ? Date.parse(t) : NaN;
    let index = this.times.length;
    if (!Number.isNaN(at)) {
      index = 0;
      while (index < this.times.length && this.times[index] <= at) index++;
      index = Math.max(0, index - 1);
    }
    this.slider.value = String(index);
    this.apply();
  }

  private index(): number {
    return Number(this.slider.value);
  }

  private currentIso(): string {
    const i = this.index();
    return i >= this.times.length ? "" : new Date(this.times[i]).toISOString();
  }

  private apply(): void {
    const i = this.index();
    const all = i >= this.times.length;
    const limit = all ? Infinity : this.times[i];
    this.label.value = all ? "All times" : `Up to ${formatDateTime(new Date(limit).toISOString())}`;
    this.slider.setAttribute("aria-valuetext", this.label.value);
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().forEach((e) => {
        const time = e.data("time");
        const kind = e.data("kind");
        if (kind === "lane" || kind === "tick") return;
        // Undated elements appear only with "everything"; timed ones once their time is reached.
        const future = !all && (typeof time === "number" ? time > limit : time === null);
        e.toggleClass("future", future);
      });
    });
  }

  start(): void {
    if (this.times.length < 2) return;
    if (this.index() >= this.times.length) this.slider.value = "0";
    this.apply();
    this.onChange(this.currentIso());
    this.play.textContent = "❚❚ Pause";
    this.play.setAttribute("aria-label", "Pause the replay");
    this.timer = setInterval(() => {
      const next = this.index() + 1;
      this.slider.value = String(next);
      this.apply();
      this.onChange(this.currentIso());
      if (next >= this.times.length) this.stop();
    }, this.stepMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = "▶ Replay";
    this.play.setAttribute("aria-label", "Replay the spread in time order");
  }
}
