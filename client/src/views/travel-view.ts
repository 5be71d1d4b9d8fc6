/**
 * Claim travel: every mention of one claim on a time axis, one lane per outlet (or actor),
 * with relay edges showing who took it from whom, and wire-story copies collapsed.
 */
import type { Core } from "cytoscape";
import {
  extendTravel,
  loadTravel,
  MAX_TRAVEL_STEPS,
  type Progress,
  stepsWanted,
  TRAVEL_PAGE,
  travelCapped,
} from "../api/travel-pages.js";
import type { ClaimTravelPages, ProvenanceData } from "../api/types.js";
import { h, replace } from "../dom/h.js";
import { type CyKit, loadCytoscape } from "../graph/cy-loader.js";
import { bindInteractions } from "../graph/interaction.js";
import { presetLayout } from "../graph/layouts.js";
import { keepLabelsReadable } from "../graph/readable-labels.js";
import { travelStyle } from "../graph/styles.js";
import { travelElements } from "../graph/travel-elements.js";
import { defaultLayoutOptions } from "../graph/travel-layout.js";
import { buildTravelModel, type TravelModel, toldBy } from "../graph/travel-model.js";
import type { VolumeInput } from "../graph/volume.js";
import { filtersKey, type StateStore, type ViewState } from "../state/view-state.js";
import { plural } from "../text/plural.js";
import { formatDateTime } from "../text/time-format.js";
import { claimBadges } from "./claim-list.js";
import type { GraphView, ViewContext } from "./graph-view.js";
import type { Selection } from "./selection.js";
import { errorMessage, showGraphStatus, showViewStatus } from "./status.js";

/** Below this zoom the labels of a travel cannot be read. */
const readableZoom = 0.6;
/** Text is kept readable below that by keepLabelsReadable, so lanes may be squeezed this far to fit. */
const minimumZoom = 0.35;

/** "5 outlets · 2 independent origins — first: Joseph Biden via Kremlin → RT, 30 Dec 2021 21:30 UTC". */
function provenanceLine(p: ProvenanceData): HTMLElement {
  const first = p.origins[0];
  return h(
    "p",
    {
      class: "provenance",
      id: "provenance",
      title:
        "Independent origins: groups of asserting documents not tied by a publisher, speaker, relay, reprint or citation (the independence analysis).",
    },
    h("strong", {}, `${plural(p.outlets, "outlet")} · ${plural(p.independentOrigins, "independent origin")}`),
    first
      ? h("span", { class: "chain" }, ` — first origin: ${first.chain.join(" → ")}, ${formatDateTime(first.firstAt)}`)
      : h("span", { class: "chain" }, " — nobody in the corpus asserts it"),
  );
}

/** The kind the volume strip gives a document with no publisher. */
const UNKNOWN_OUTLET = "unknown outlet";

export class TravelView implements GraphView {
  cy: Core | null = null;
  renderer = "canvas";
  private data: ClaimTravelPages | null = null;
  private model: TravelModel | null = null;
  private destroyed = false;
  private unbind: (() => void) | null = null;
  private kit: CyKit | null = null;

  constructor(
    private readonly ctx: ViewContext,
    private readonly store: StateStore,
  ) {}

  async load(s: ViewState): Promise<void> {
    if (!s.claim) {
      showViewStatus(this.ctx, "Claim travel", {
        kind: "empty",
        message: "Choose a claim to see how it travelled.",
        detail: "Search or filter the claims on the left, then pick one.",
      });
      return;
    }
    const kit = loadCytoscape();
    showViewStatus(this.ctx, "Claim travel", { kind: "loading", message: "Loading the claim's travel…" });
    try {
      const data = await loadTravel(s.claim, s.steps, this.progress);
      if (this.destroyed) return;
      if (!data) {
        showViewStatus(this.ctx, "Claim not found", {
          kind: "empty",
          message: "This claim is not stored.",
          detail: `No claim has the id ${s.claim}; the link may be from another corpus.`,
        });
        return;
      }
      this.data = data;
      this.header(s);
      if (data.travel.length === 0) {
        showGraphStatus(this.ctx.status, {
          kind: "empty",
          message: "No mentions of this claim are left.",
          detail: "All of them may have been rejected in review.",
        });
        return;
      }
      this.kit = await kit;
      if (this.destroyed) return;
      this.draw(s);
      showGraphStatus(this.ctx.status, { kind: "ready" });
    } catch (err) {
      if (this.destroyed) return;
      showGraphStatus(this.ctx.status, { kind: "error", message: errorMessage(err), retry: () => void this.load(s) });
    }
  }

  private readonly progress: Progress = (loaded, wanted, total) => {
    // The status area belongs to the next view once this one is gone.
    if (!this.destroyed)
      showGraphStatus(this.ctx.status, {
        kind: "loading",
        message: `Loading steps ${loaded + 1}–${Math.min(loaded + TRAVEL_PAGE, wanted)} of ${total}…`,
      });
  };

  /** The URL asks for more (or, after going back, fewer) steps: fetch what is missing and redraw. */
  private async showSteps(s: ViewState): Promise<void> {
    const data = this.data;
    if (!data?.travel.length) return;
    const wanted = stepsWanted(s.steps, data.travelLength);
    try {
      if (wanted < data.travel.length) data.travel = data.travel.slice(0, wanted);
      else await extendTravel(data, wanted, this.progress);
      if (this.destroyed) return;
      this.header(s);
      this.draw(s);
      showGraphStatus(this.ctx.status, { kind: "ready" });
    } catch (err) {
      if (this.destroyed) return;
      showGraphStatus(this.ctx.status, {
        kind: "error",
        message: errorMessage(err),
        retry: () => void this.showSteps(s),
      });
    }
  }

  private header(s: ViewState): void {
    const data = this.data;
    if (!data) return;
    const laneButton = (mode: ViewState["lanes"], label: string) =>
      h(
        "button",
        { type: "button", "aria-pressed": String(s.lanes === mode), onclick: () => this.store.set({ lanes: mode }) },
        label,
      );
    replace(
      this.ctx.head,
      h("h2", { title: data.text }, data.text),
      provenanceLine(data.provenance),
      h(
        "div",
        { class: "head-row" },
        claimBadges(data),
        this.stepControls(data),
        h(
          "span",
          { class: "lane-choice" },
          h("span", { id: "lanes-label" }, "One lane per"),
          h(
            "span",
            { class: "segmented", role: "group", "aria-labelledby": "lanes-label" },
            laneButton("outlet", "outlet"),
            laneButton("actor", "actor"),
          ),
        ),
      ),
      this.outletPath(data),
    );
  }

  /** "N of M steps", and the buttons that fetch the rest, up to the cap. */
  private stepControls(data: ClaimTravelPages): HTMLElement {
    const shown = data.travel.length;
    const total = data.travelLength;
    const reachable = Math.min(total, MAX_TRAVEL_STEPS);
    const more = (steps: number, label: string, id: string) =>
      h(
        "button",
        {
          type: "button",
          class: "button small",
          id,
          onclick: (e: Event) => {
            // One request at a time: the header is redrawn once the steps are in.
            (e.currentTarget as HTMLButtonElement).disabled = true;
            this.store.set({ steps });
          },
        },
        label,
      );
    const count = shown >= total ? `All ${total} steps` : `${shown} of ${total} steps`;
    return h(
      "span",
      { class: "travel-steps", role: "group", "aria-label": "Travel steps shown" },
      h("span", { id: "travel-count", title: "A step is one document mentioning the claim, in time order." }, count),
      shown < reachable && reachable - shown > TRAVEL_PAGE
        ? more(shown + TRAVEL_PAGE, `Load ${TRAVEL_PAGE} more`, "travel-more")
        : null,
      shown < reachable
        ? more(reachable, travelCapped(data) ? `Show first ${MAX_TRAVEL_STEPS}` : "Show all", "travel-all")
        : null,
      travelCapped(data) && shown >= reachable
        ? h(
            "span",
            { class: "hint", id: "travel-capped" },
            `The view stops at ${MAX_TRAVEL_STEPS} steps; the outlets below count all ${total}.`,
          )
        : null,
    );
  }

  /** Every outlet on the whole travel, including those past the steps shown, with its document count. */
  private outletPath(data: ClaimTravelPages): HTMLElement | null {
    if (data.outletPath.length < 2) return null;
    const drawn = new Set(data.travel.map((step) => (step.source ?? step.document.source)?.id));
    const limit = 12;
    return h(
      "p",
      { class: "outlet-path" },
      h("span", { class: "hint" }, "Outlets in order of first report:"),
      ...data.outletPath.slice(0, limit).map((o) =>
        h(
          "span",
          {
            class: drawn.has(o.source.id) ? "outlet" : "outlet pending",
            title: `${o.documents} documents, ${o.assertedCount} asserting, ${o.deniedCount} denying${drawn.has(o.source.id) ? "" : "; none among the steps shown"}`,
          },
          o.source.name,
          h("span", { class: "count" }, String(o.documents)),
        ),
      ),
      data.outletPath.length > limit
        ? h("span", { class: "hint" }, `and ${data.outletPath.length - limit} more`)
        : null,
    );
  }

  private draw(s: ViewState): void {
    if (!this.data || !this.kit) return;
    this.model = buildTravelModel(this.data, s.lanes, new Set(s.open));
    const elements = travelElements(this.model, this.ctx.container.clientWidth, this.openingZoom(this.model));
    if (this.cy) {
      const cy = this.cy;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
    } else {
      const { cy, renderer } = this.kit.createCy({ container: this.ctx.container, elements, style: travelStyle() });
      this.cy = cy;
      this.renderer = renderer;
      const unbind = bindInteractions(cy, this.ctx.container, {
        select: (id) => this.ctx.select(id),
        activate: (id) => this.activate(id),
        announce: this.ctx.announce,
      });
      const stop = keepLabelsReadable(cy, travelStyle);
      this.unbind = () => {
        stop();
        unbind();
      };
    }
    this.cy.layout(presetLayout()).run();
    this.fitView();
    this.applyFilters(s);
  }

  /**
   * The zoom openOnStart will choose for this many lanes (before the drawing exists to measure). A
   * phone's travel is read by panning from its start at a readable zoom: its gaps stay as they are.
   */
  private openingZoom(model: TravelModel): number {
    if (this.ctx.container.clientWidth < 600) return 1;
    const height = model.lanes.length * defaultLayoutOptions.laneHeight + 120;
    return Math.max(minimumZoom, Math.min(1, (this.ctx.container.clientHeight - 20) / height));
  }

  private fitView(): void {
    const cy = this.cy;
    if (!cy) return;
    cy.fit(undefined, 30);
    // A short travel would be blown up by fit; keep its text at a natural size.
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
    // A long one fitted whole is too small to read: open on its start, with the lane names, and
    // let the user pan along it (or zoom out for the whole shape).
    if (cy.zoom() < readableZoom) this.openOnStart();
  }

  exportFrame(): { title: string; subject: string; notes: string[] } {
    const data = this.data;
    if (!data) return { title: "Claim travel", subject: "", notes: [] };
    const p = data.provenance;
    const first = p.origins[0];
    return {
      title: "How a claim travelled",
      subject: `“${data.text}”`,
      notes: [
        `${plural(p.outlets, "outlet")} · ${plural(p.independentOrigins, "independent origin")}${first ? ` — first origin: ${first.chain.join(" → ")}, ${formatDateTime(first.firstAt)}` : ""}`,
        `Outlets in order of first report: ${data.outletPath.map((o) => o.source.name).join(", ")}`,
        `${data.travel.length === data.travelLength ? `All ${data.travelLength}` : `${data.travel.length} of ${data.travelLength}`} steps. Time axis in UTC, left to right, in order but not to scale.`,
        "Source: the corpus loaded in the Narrative Network Explorer; who said what is extracted automatically, each mark's exact words are in the JSON export.",
      ],
    };
  }

  /**
   * What the volume strip counts: the drawn marks when the whole travel is drawn, else the whole
   * travel's per-day counts the load stored (a page of a long travel would show a fraction of it).
   */
  volumeItems(): VolumeInput {
    const data = this.data;
    if (data && data.travel.length < data.travelLength)
      return {
        days: data.volume.map((d) => ({
          day: d.day,
          asserted: d.assertedCount,
          denied: d.deniedCount,
          byKind: Object.fromEntries(d.byKind.map((k) => [k.kind ?? UNKNOWN_OUTLET, k.count])),
        })),
      };
    const model = this.model;
    if (!model) return [];
    const drawn = new Set(model.nodes.flatMap((n) => n.mentionIds));
    return [...model.mentions.values()].flatMap((m) => {
      const time = Date.parse(m.at ?? m.document.publishedAt ?? "");
      return drawn.has(m.id) && !Number.isNaN(time)
        ? [
            {
              time,
              stance: m.stance === "DENIED" ? ("denied" as const) : ("asserted" as const),
              kind: m.document.source?.kind ?? UNKNOWN_OUTLET,
            },
          ]
        : [];
    });
  }

  /** Every drawn mark's evidence, earliest first. */
  exportEvidence(): unknown[] {
    const model = this.model;
    if (!model) return [];
    const drawn = new Set(model.nodes.flatMap((n) => n.mentionIds));
    return [...model.mentions.values()]
      .filter((m) => drawn.has(m.id))
      .map((m) => ({
        mention: m.id,
        stance: m.stance.toLowerCase(),
        told: toldBy(m),
        speaker: m.actor.name,
        via: m.via.map((p) => p.name),
        outlet: m.document.source?.name ?? null,
        time: m.at ?? m.document.publishedAt ?? null,
        document: {
          id: m.document.id,
          title: m.document.title,
          url: m.document.url ?? null,
          publishedAt: m.document.publishedAt ?? null,
        },
        quote: m.evidence,
        span: { start: m.start, end: m.end, unit: "UTF-16 code units of the stored document text" },
        confidence: m.confidence,
      }));
  }

  refit(): void {
    this.cy?.resize();
    this.fitView();
  }

  private openOnStart(): void {
    const cy = this.cy;
    if (!cy) return;
    const box = cy.elements().boundingBox();
    // Every lane stays in view (down to a floor): a mark below the canvas is a mark missed.
    const zoom = Math.max(minimumZoom, Math.min(readableZoom, (cy.height() - 20) / box.h));
    const spare = cy.height() - box.h * zoom;
    cy.zoom(zoom);
    cy.pan({ x: 20 - box.x1 * zoom, y: (spare > 0 ? spare / 2 : 10) - box.y1 * zoom });
    const steps = this.ctx.head.querySelector(".travel-steps");
    if (steps && !steps.querySelector("#travel-pan-hint"))
      steps.append(
        h(
          "span",
          { class: "hint", id: "travel-pan-hint" },
          "Drag the graph to follow the travel; zoom out to see all of it.",
        ),
      );
  }

  /**
   * The list's filters (stance, actor, outlet, dates) hide the marks they exclude here too, and
   * the header says how many are hidden, so a filtered travel never passes for the whole one.
   */
  private applyFilters(s: ViewState): void {
    const cy = this.cy;
    const model = this.model;
    if (!cy || !model) return;
    const from = s.from ? Date.parse(s.from) : -Infinity;
    const to = s.to ? Date.parse(`${s.to}T23:59:59.999Z`) : Infinity;
    const keeps = (id: string) => {
      const m = model.mentions.get(id);
      if (!m) return true;
      const at = Date.parse(m.at ?? m.document.publishedAt ?? "");
      return (
        (!s.stance || m.stance.toLowerCase() === s.stance) &&
        (!s.actor || m.actor.id === s.actor) &&
        (!s.outlet || m.document.source?.id === s.outlet) &&
        (Number.isNaN(at) ? !s.from && !s.to : at >= from && at <= to)
      );
    };
    let hidden = 0;
    const marks = cy.nodes(".mention");
    cy.batch(() => {
      marks.forEach((n) => {
        const out = !(n.data("mentionIds") as string[]).some(keeps);
        if (out) hidden++;
        n.toggleClass("filtered", out);
      });
    });
    const note = hidden ? `Filters hide ${hidden} of ${plural(marks.length, "mark")} of this travel.` : "";
    let el = this.ctx.head.querySelector<HTMLElement>("#travel-filtered");
    if (!el) {
      el = h("p", { class: "hint", id: "travel-filtered", role: "status" });
      this.ctx.head.append(el);
    }
    el.textContent = note;
  }

  /** Enter or double-click on a wire story unfolds its copies (and folds them back). */
  private activate(id: string): void {
    const node = this.cy?.getElementById(id);
    const story = node?.data("storyKey") ?? node?.data("inStory");
    if (story) this.toggleStory(story);
  }

  toggleStory(storyKey: string): void {
    const key = `story:${storyKey}`;
    const open = this.store.get().open;
    this.ctx.setOpen(open.includes(key) ? open.filter((k) => k !== key) : [...open, key]);
  }

  async update(s: ViewState, prev: ViewState): Promise<void> {
    if (s.steps !== prev.steps) await this.showSteps(s);
    else if (s.open.join() !== prev.open.join()) this.draw(s);
    else if (filtersKey(s) !== filtersKey(prev)) this.applyFilters(s);
  }

  describe(id: string): Selection | null {
    const el = this.cy?.getElementById(id);
    const model = this.model;
    if (!el || el.empty() || !model) return null;
    const d = el.data();
    const mention = (mid: string) => model.mentions.get(mid);
    if (el.isNode()) {
      if (d.kind === "relay") {
        return {
          type: "note",
          title: String(d.label).split("\n")[0],
          text: "This relay is named by a document of the corpus, but none of its own documents is in the corpus.",
        };
      }
      const mentions = (d.mentionIds as string[]).map(mention).filter((m) => m !== undefined);
      if (d.kind === "story") {
        return {
          type: "mentions",
          title: String(d.label).replace("\n", " · "),
          note: "Copies of one wire story, collapsed into one node.",
          mentions,
          storyKey: d.storyKey,
          expanded: false,
        };
      }
      const m = mentions[0];
      const title = m ? toldBy(m) : "Mention";
      return { type: "mentions", title, mentions, ...(d.inStory ? { storyKey: d.inStory, expanded: true } : {}) };
    }
    const target = this.mentionOf(d.target);
    if (!target) return null;
    const from = this.mentionOf(d.source) ?? null;
    const fromParty = String(this.cy?.getElementById(d.source).data("label") ?? "").split("\n")[0];
    return { type: "relay", from, fromParty: d.label?.replace(/^via |^copy$/, "") || fromParty, to: target };
  }

  private mentionOf(nodeId: string) {
    const ids = this.cy?.getElementById(nodeId).data("mentionIds") as string[] | undefined;
    return ids?.length ? this.model?.mentions.get(ids[0]) : undefined;
  }

  claimFor(_id: string, s: ViewState): string {
    return s.claim;
  }

  destroy(): void {
    this.destroyed = true;
    this.unbind?.();
    this.cy?.destroy();
    this.cy = null;
  }
}
