/** Wires the page: URL state ⇄ filters, claim list, graph view, time slider and evidence panel. */
import "./app.css";
import { claimFilter, fetchClaimEvidenceAll } from "./api/queries.js";
import { claimReview } from "./export/claim-review.js";
import { composePng, legendEntries } from "./export/compose-png.js";
import { download, downloadJson, fileStem } from "./export/download.js";
import { selectElement } from "./graph/interaction.js";
import { filtersKey, parseState, StateStore, type ViewState } from "./state/view-state.js";
import { ClaimList } from "./views/claim-list.js";
import { EvidencePanel } from "./views/evidence-panel.js";
import { ExpandChoice } from "./views/expand-choice.js";
import { Filters } from "./views/filters.js";
import type { GraphView, ViewContext } from "./views/graph-view.js";
import { renderLegend } from "./views/legend.js";
import { watchLoadState } from "./views/load-banner.js";
import { NetworkView } from "./views/network-view.js";
import { Panes } from "./views/panes.js";
import { errorMessage, toast } from "./views/status.js";
import { Timeline } from "./views/timeline.js";
import { TravelView } from "./views/travel-view.js";
import { VolumeStrip } from "./views/volume-strip.js";

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page lacks #${id}`);
  return found as T;
}

const store = new StateStore(parseState(location.search));
const filters = new Filters(store);
const expandChoice = new ExpandChoice(el("expand-with"), store);
const claimList = new ClaimList(el("claim-list"), el("claims-status"), el("claim-count"), store);
const timeline = new Timeline(el("time-slider"), el("time-label"), el("play"), (t) => store.set({ t }));
const panes = new Panes(el("layout"), el("pane-tabs"));
const volume = new VolumeStrip(el("volume"), (t) => store.set({ t }));
/** The volume strip belongs to the travel; it follows what the travel draws. */
function showVolume(s: ViewState): void {
  volume.show(view instanceof TravelView ? view.volumeItems() : []);
  volume.mark(s.t);
}
let view: GraphView | null = null;
let generation = 0;

const evidence = new EvidencePanel(el("evidence"), store, {
  toggleStory: (key) => (view instanceof TravelView ? view.toggleStory(key) : undefined),
  exportClaimReview: (id) => void exportClaimReview(id),
});

const context: ViewContext = {
  container: el("cy"),
  status: el("graph-status"),
  head: el("stage-head"),
  select: (id) => store.set({ sel: id }),
  announce: (text) => (el("graph-focus").textContent = text),
  setOpen: (open) => store.set({ open }),
};

/** What, when it changes, needs the view's data fetched again. */
function dataKey(s: ViewState): string {
  return s.view === "network"
    ? JSON.stringify(["network", claimFilter(s)])
    : JSON.stringify(["travel", s.claim, s.lanes]);
}

function showSelection(s: ViewState): void {
  el<HTMLButtonElement>("export-jsonld").disabled = !(s.claim || (view && s.sel && view.claimFor(s.sel, s)));
  if (!view?.cy) {
    void evidence.show(s.view === "travel" && s.claim ? { type: "claim", id: s.claim } : null);
    return;
  }
  const found = selectElement(view.cy, s.sel);
  const described = s.sel && found ? view.describe(s.sel, s) : null;
  void evidence.show(described ?? (s.view === "travel" && s.claim ? { type: "claim", id: s.claim } : null));
}

async function loadView(s: ViewState): Promise<void> {
  const mine = ++generation;
  view?.destroy();
  view = s.view === "network" ? new NetworkView(context) : new TravelView(context, store);
  renderLegend(el("legend"), s.view);
  timeline.attach(null, "");
  volume.show([]);
  await view.load(s);
  if (mine !== generation) return;
  drawnSize = containerSize();
  timeline.attach(view.cy, store.get().t);
  showVolume(store.get());
  showSelection(store.get());
}

function syncChrome(s: ViewState): void {
  filters.show(s);
  expandChoice.show(s);
  el("tab-network").setAttribute("aria-pressed", String(s.view === "network"));
  el("tab-travel").setAttribute("aria-pressed", String(s.view === "travel"));
  void claimList.load(s);
}

store.subscribe(async (s, prev) => {
  syncChrome(s);
  // On a phone, opening a claim shows its travel; a selection marks the evidence tab.
  if (s.claim !== prev.claim && s.claim) panes.show("graph");
  if (s.sel !== prev.sel && s.sel) panes.notify("evidence");
  if (s.view !== prev.view || dataKey(s) !== dataKey(prev)) {
    await loadView(s);
    return;
  }
  const redrawn = s.open.join() !== prev.open.join() || s.steps !== prev.steps;
  if (redrawn || filtersKey(s) !== filtersKey(prev) || s.rel !== prev.rel) {
    await view?.update(s, prev);
    timeline.attach(view?.cy ?? null, s.t);
    showVolume(s);
  }
  if (s.sel !== prev.sel || redrawn) showSelection(s);
  if (s.t !== prev.t) {
    timeline.setTime(s.t);
    volume.mark(s.t);
  }
});
window.addEventListener("popstate", () => store.reload(location.search));

// A container that changes size (pane switched, window resized, panel widened) is refilled. The size
// a view was drawn at is no change: refitting the network as it appeared restyled it whole (bench/client.ts).
let refitFrame = 0;
let drawnSize = "";
const containerSize = () => `${context.container.clientWidth}×${context.container.clientHeight}`;
new ResizeObserver(() => {
  cancelAnimationFrame(refitFrame);
  refitFrame = requestAnimationFrame(() => {
    if (containerSize() === drawnSize) return;
    drawnSize = containerSize();
    view?.refit();
  });
}).observe(context.container);

el("tab-network").addEventListener("click", () =>
  store.set({ view: "network", sel: "", t: "", open: [] }, { push: true }),
);
el("tab-travel").addEventListener("click", () =>
  store.set({ view: "travel", sel: "", t: "", open: [] }, { push: true }),
);

el("copy-link").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(location.href);
    toast("Link copied: it reopens this exact view");
  } catch {
    window.prompt("Copy this link:", location.href);
  }
});

el("export-png").addEventListener("click", async () => {
  const cy = view?.cy;
  if (!cy || !view) return toast("Nothing drawn to export");
  const s = store.get();
  try {
    const blob = await composePng(cy, {
      ...view.exportFrame(s),
      legend: legendEntries(el("legend")),
      link: location.href,
      exportedAt: new Date(),
    });
    download(blob, `${s.view}${s.claim ? `-${fileStem(s.claim)}` : ""}.png`);
  } catch (err) {
    toast(`Could not export: ${errorMessage(err)}`);
  }
});

/** Times as ISO strings (UTC): the drawing keeps milliseconds, a reader wants dates. */
function isoTimes(data: Record<string, unknown>): Record<string, unknown> {
  return typeof data.time === "number" ? { ...data, time: new Date(data.time).toISOString() } : data;
}

el("export-json").addEventListener("click", () => {
  const cy = view?.cy;
  if (!cy || !view) return toast("Nothing drawn to export");
  const s = store.get();
  const drawn = cy.elements().filter((e) => !["lane", "tick"].includes(e.data("kind")) && !e.hasClass("filtered"));
  downloadJson(
    {
      format: "narrative-explorer-view/2",
      view: s.view,
      url: location.href,
      exportedAt: new Date().toISOString(),
      state: s,
      ...view.exportFrame(s),
      nodes: drawn.nodes().map((n) => isoTimes(n.data())),
      edges: drawn.edges().map((e) => isoTimes(e.data())),
      evidence: view.exportEvidence(),
    },
    `${s.view}${s.claim ? `-${fileStem(s.claim)}` : ""}.json`,
  );
});

async function exportClaimReview(id: string): Promise<void> {
  try {
    const claim = await fetchClaimEvidenceAll(id);
    if (!claim) return toast("That claim is not stored");
    downloadJson(claimReview(claim, location.href), `claimreview-${fileStem(id)}.jsonld`, "application/ld+json");
  } catch (err) {
    toast(`Could not export: ${errorMessage(err)}`);
  }
}

el("export-jsonld").addEventListener("click", () => {
  const s = store.get();
  const id = (view && s.sel ? view.claimFor(s.sel, s) : "") || s.claim;
  if (!id) return toast("Select a claim first");
  void exportClaimReview(id);
});

syncChrome(store.get());
watchLoadState(el("load-banner"));
void filters.loadOptions();
void loadView(store.get());
// The browser tests' and the bench's handle on the page, only in a build made for them (`vite build
// --mode test`): in a production build the condition is false at build time and the hook is not bundled.
// Loaded after the first requests are made, so that it never delays them.
if (import.meta.env.MODE === "test") {
  void import("./test-hook.js").then(({ installTestHook }) => installTestHook({ store, view: () => view, context }));
}
