/**
 * The whole view state lives in the URL, so a copied link reopens the same view.
 * Parsing is forgiving: unknown or malformed values fall back to defaults instead of failing.
 */
import { normalRelations } from "./relations.js";

export type ViewName = "network" | "travel";
export type StanceFilter = "" | "asserted" | "denied";
export type LaneMode = "outlet" | "actor";

export interface ViewState {
  view: ViewName;
  /** Selected claim id (the travel view shows it). */
  claim: string;
  /** Selected graph element (node or edge id) whose evidence is open. */
  sel: string;
  q: string;
  actor: string;
  outlet: string;
  stance: StanceFilter;
  /** Inclusive date range, ISO dates (yyyy-mm-dd). */
  from: string;
  to: string;
  contested: boolean;
  /** Time slider position (ISO date-time); empty = show everything. */
  t: string;
  lanes: LaneMode;
  /** Expanded nodes: network neighbourhoods opened (with the relations followed, relations.ts), reprint groups unfolded. */
  open: string[];
  /** Relations the next network expansion follows, one letter each (relations.ts); "" = all. */
  rel: string;
  /** How many travel steps the user asked to see; 0 = the first page. */
  steps: number;
}

export const defaultState: ViewState = {
  view: "network",
  claim: "",
  sel: "",
  q: "",
  actor: "",
  outlet: "",
  stance: "",
  from: "",
  to: "",
  contested: false,
  t: "",
  lanes: "outlet",
  open: [],
  rel: "",
  steps: 0,
};

/** What the filter form holds: a change to it is one step in history, and refilters the views. */
export function filtersKey(s: ViewState): string {
  return JSON.stringify([s.q, s.actor, s.outlet, s.stance, s.from, s.to, s.contested]);
}

/** The state change that opens a claim's travel, from its first page. */
export function openClaim(id: string): Partial<ViewState> {
  return { view: "travel", claim: id, sel: "", t: "", open: [], steps: 0 };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validTime(s: string): string {
  return s && !Number.isNaN(Date.parse(s)) ? s : "";
}

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const get = (k: string) => p.get(k) ?? "";
  const stance = get("stance");
  const from = get("from");
  const to = get("to");
  return {
    view: get("view") === "travel" ? "travel" : "network",
    claim: get("claim"),
    sel: get("sel"),
    q: get("q"),
    actor: get("actor"),
    outlet: get("outlet"),
    stance: stance === "asserted" || stance === "denied" ? stance : "",
    from: isoDate.test(from) ? from : "",
    to: isoDate.test(to) ? to : "",
    contested: get("contested") === "1",
    t: validTime(get("t")),
    lanes: get("lanes") === "actor" ? "actor" : "outlet",
    open: get("open") ? get("open").split(",").filter(Boolean) : [],
    rel: normalRelations(get("rel")),
    steps: /^\d{1,6}$/.test(get("steps")) ? Number(get("steps")) : 0,
  };
}

/** Only non-default values are written, keeping links short; keys in a fixed order. */
export function serializeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view !== defaultState.view) p.set("view", s.view);
  if (s.claim) p.set("claim", s.claim);
  if (s.sel) p.set("sel", s.sel);
  if (s.q) p.set("q", s.q);
  if (s.actor) p.set("actor", s.actor);
  if (s.outlet) p.set("outlet", s.outlet);
  if (s.stance) p.set("stance", s.stance);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.contested) p.set("contested", "1");
  if (s.t) p.set("t", s.t);
  if (s.lanes !== defaultState.lanes) p.set("lanes", s.lanes);
  if (s.open.length) p.set("open", s.open.join(","));
  if (s.rel) p.set("rel", s.rel);
  if (s.steps) p.set("steps", String(s.steps));
  const out = p.toString();
  return out ? `?${out}` : "";
}

/** A small store: views subscribe, every change is mirrored into the URL. */
export class StateStore {
  private listeners: Array<(s: ViewState, prev: ViewState) => void> = [];
  constructor(private current: ViewState) {}

  get(): ViewState {
    return this.current;
  }

  /** `push` adds a history entry (for navigations such as opening a claim); otherwise the URL is replaced. */
  set(patch: Partial<ViewState>, opts: { push?: boolean } = {}): void {
    const prev = this.current;
    const next = { ...prev, ...patch };
    if (serializeState(next) === serializeState(prev)) return;
    this.current = next;
    const url = `${location.pathname}${serializeState(next)}`;
    if (opts.push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    for (const l of this.listeners) l(next, prev);
  }

  /** Adopts the URL after back/forward navigation. */
  reload(search: string): void {
    const prev = this.current;
    this.current = parseState(search);
    for (const l of this.listeners) l(this.current, prev);
  }

  subscribe(l: (s: ViewState, prev: ViewState) => void): void {
    this.listeners.push(l);
  }
}
