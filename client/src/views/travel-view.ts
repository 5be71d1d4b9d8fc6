/**
 * Claim travel: every mention of one claim on a time axis, one lane per outlet (or actor),
 * with relay edges showing who took it from whom, and wire-story copies collapsed.
 */
import type { Core } from "cytoscape";
import { fetchTravel } from "../api/queries.js";
import type { ClaimTravelData } from "../api/types.js";
import { h, replace } from "../dom/h.js";
import { createCy } from "../graph/create-cy.js";
import { bindInteractions } from "../graph/interaction.js";
import { presetLayout } from "../graph/layouts.js";
import { travelStyle } from "../graph/styles.js";
import { travelElements } from "../graph/travel-elements.js";
import { buildTravelModel, type TravelModel } from "../graph/travel-model.js";
import type { LaneMode, StateStore, ViewState } from "../state/view-state.js";
import { claimBadges } from "./claim-list.js";
import type { GraphView, ViewContext } from "./graph-view.js";
import type { Selection } from "./selection.js";
import { errorMessage, showGraphStatus } from "./status.js";

export class TravelView implements GraphView {
  cy: Core | null = null;
  renderer = "canvas";
  private data: ClaimTravelData | null = null;
  private model: TravelModel | null = null;
  private destroyed = false;
  private unbind: (() => void) | null = null;

  constructor(
    private readonly ctx: ViewContext,
    private readonly store: StateStore,
  ) {}

  async load(s: ViewState): Promise<void> {
    if (!s.claim) {
      replace(this.ctx.head, h("h2", {}, "Claim travel"));
      showGraphStatus(this.ctx.status, {
        kind: "empty",
        message: "Choose a claim to see how it travelled.",
        detail: "Search or filter the claims on the left, then pick one.",
      });
      return;
    }
    showGraphStatus(this.ctx.status, { kind: "loading", message: "Loading the claim's travel…" });
    replace(this.ctx.head, h("h2", {}, "Claim travel"), h("span", { class: "hint" }, "Loading…"));
    try {
      const data = await fetchTravel(s.claim);
      if (this.destroyed) return;
      if (!data) {
        showGraphStatus(this.ctx.status, { kind: "empty", message: "This claim is not stored.", detail: `No claim has the id ${s.claim}; the link may be from another corpus.` });
        return;
      }
      this.data = data;
      this.header(data, s.lanes);
      if (data.travel.length === 0) {
        showGraphStatus(this.ctx.status, { kind: "empty", message: "No mentions of this claim are left.", detail: "All of them may have been rejected in review." });
        return;
      }
      this.draw(s);
      showGraphStatus(this.ctx.status, { kind: "ready" });
    } catch (err) {
      if (this.destroyed) return;
      showGraphStatus(this.ctx.status, { kind: "error", message: errorMessage(err), retry: () => void this.load(s) });
    }
  }

  private header(data: ClaimTravelData, lanes: LaneMode): void {
    const laneButton = (mode: LaneMode, label: string) =>
      h("button", { type: "button", "aria-pressed": String(lanes === mode), onclick: () => this.store.set({ lanes: mode }) }, label);
    replace(
      this.ctx.head,
      h("h2", { title: data.text }, data.text),
      h(
        "div",
        { class: "head-row" },
        claimBadges(data),
        h("span", { class: "lane-choice" }, h("span", { id: "lanes-label" }, "One lane per"), h("span", { class: "segmented", role: "group", "aria-labelledby": "lanes-label" }, laneButton("outlet", "outlet"), laneButton("actor", "actor"))),
      ),
    );
  }

  private draw(s: ViewState): void {
    if (!this.data) return;
    this.model = buildTravelModel(this.data, s.lanes, new Set(s.open));
    const elements = travelElements(this.model, this.ctx.container.clientWidth);
    if (this.cy) {
      const cy = this.cy;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
    } else {
      const { cy, renderer } = createCy({ container: this.ctx.container, elements, style: travelStyle() });
      this.cy = cy;
      this.renderer = renderer;
      this.unbind = bindInteractions(cy, this.ctx.container, {
        select: (id) => this.ctx.select(id),
        activate: (id) => this.activate(id),
        announce: this.ctx.announce,
      });
    }
    this.cy.layout(presetLayout()).run();
    // A short travel would be blown up by fit; keep its text at a natural size.
    if (this.cy.zoom() > 1.3) {
      this.cy.zoom(1.3);
      this.cy.center();
    }
    this.applyStance(s);
  }

  private applyStance(s: ViewState): void {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(".mention").forEach((n) => {
        const stance = n.data("stance");
        n.toggleClass("filtered", Boolean(s.stance && stance !== "mixed" && stance !== s.stance));
      });
    });
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
    if (s.open.join() !== prev.open.join()) this.draw(s);
    else if (s.stance !== prev.stance) this.applyStance(s);
  }

  describe(id: string): Selection | null {
    const el = this.cy?.getElementById(id);
    const model = this.model;
    if (!el || el.empty() || !model) return null;
    const d = el.data();
    const mention = (mid: string) => model.mentions.get(mid);
    if (el.isNode()) {
      if (d.kind === "relay") {
        return { type: "note", title: String(d.label).split("\n")[0], text: "This relay is named by a document of the corpus, but none of its own documents is in the corpus." };
      }
      const mentions = (d.mentionIds as string[]).map(mention).filter((m) => m !== undefined);
      if (d.kind === "story") {
        return { type: "mentions", title: String(d.label).replace("\n", " · "), note: "Copies of one wire story, collapsed into one node.", mentions, storyKey: d.storyKey, expanded: false };
      }
      const m = mentions[0];
      const title = m ? `${m.actor.name} ${m.stance === "DENIED" ? "denies" : "asserts"}` : "Mention";
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
