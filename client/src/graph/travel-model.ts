/**
 * A claim's travel as a small graph: one node per mention (or per wire story when several
 * copies of one story are collapsed), relay edges from the mention a relay was taken from to the
 * mention that relays it, and lanes per outlet or per actor. Pure: no Cytoscape, no DOM.
 */
import type { ClaimTravelData, MentionData, PartyRef, TravelStepData } from "../api/types.js";
import type { LaneMode } from "../state/view-state.js";
import { parseTime } from "../text/time-format.js";

export type TravelStance = "asserted" | "denied" | "mixed";

export interface TravelNode {
  id: string;
  kind: "mention" | "story" | "relay";
  stance?: TravelStance;
  label: string;
  time: number | null;
  lane: string;
  first?: boolean;
  /** mention: the mention id; story: its members' mention ids; relay: none. */
  mentionIds: string[];
  docId?: string;
  storyKey?: string;
  /** A mention shown because its story is expanded. */
  inStory?: string;
  /** Names, for exports and tests: the speaker, the publisher, the relays (nearest first). */
  actor?: string;
  outlet?: string;
  via?: string[];
}

export interface TravelEdge {
  id: string;
  source: string;
  target: string;
  /** relay: a mention's `via`; cites: its document's "according to …"; reprint-of: a copy of a story. */
  kind: "relay" | "cites" | "reprint-of";
  label: string;
  time: number | null;
}

export interface Lane {
  key: string;
  label: string;
}

export interface TravelModel {
  nodes: TravelNode[];
  edges: TravelEdge[];
  lanes: Lane[];
  mentions: Map<string, MentionData>;
}

interface Item {
  mention: MentionData;
  step: TravelStepData;
  time: number | null;
  story: string | null;
}

const norm = (s: string) => s.trim().toLowerCase();

function stanceOf(m: MentionData): "asserted" | "denied" {
  return m.stance === "DENIED" ? "denied" : "asserted";
}

function byTime(a: { time: number | null }, b: { time: number | null }): number {
  return (a.time ?? Infinity) - (b.time ?? Infinity);
}

/**
 * Which wire story a document is a copy of: the root of its REPRINTS chain within the corpus, or
 * the party it says it copies ("(Xinhua)"). A document published by that party belongs to the
 * same story. Null when it is an original.
 */
function storyKeys(steps: TravelStepData[]): Map<string, { key: string; name: string }> {
  const reprintOf = new Map(steps.map((s) => [s.document.id, s.reprintOf.map((d) => d.id)]));
  const rootOf = (id: string, seen = new Set<string>()): string => {
    const parents = reprintOf.get(id) ?? [];
    if (!parents.length || seen.has(id)) return id;
    seen.add(id);
    return rootOf(parents[0], seen);
  };
  const out = new Map<string, { key: string; name: string }>();
  const byDoc = new Map(steps.map((s) => [s.document.id, s]));
  for (const s of steps) {
    const root = rootOf(s.document.id);
    if (root !== s.document.id) {
      const rootStep = byDoc.get(root);
      const name = rootStep?.source?.name ?? rootStep?.document.title ?? "wire";
      out.set(s.document.id, { key: `doc:${root}`, name });
      out.set(root, { key: `doc:${root}`, name });
      continue;
    }
    const copied = s.cites.find((c) => c.kind === "REPRINT");
    if (copied && !out.has(s.document.id))
      out.set(s.document.id, { key: `party:${copied.party.id}`, name: copied.party.name });
  }
  // The wire's own document belongs to its story.
  const partyStories = new Map(
    [...out.values()].filter((v) => v.key.startsWith("party:")).map((v) => [v.key.slice(6), v]),
  );
  for (const s of steps) {
    const src = s.source ?? s.document.source;
    const story = src ? partyStories.get(src.id) : undefined;
    if (story && !out.has(s.document.id)) out.set(s.document.id, story);
  }
  return out;
}

function laneOf(m: MentionData, step: TravelStepData, mode: LaneMode): Lane {
  if (mode === "actor") return { key: m.actor.id, label: m.actor.name };
  const src = step.source ?? m.document.source;
  return src ? { key: src.id, label: src.name } : { key: "src:unknown", label: "Unknown publisher" };
}

/**
 * Who said it, as the document tells it: the relays first, nearest the outlet first, then the
 * speaker ("Kremlin: Joseph Biden said"), so a relayed statement never reads as the relay's own.
 * In actor lanes the second line names the outlet that carried it.
 */
export function toldBy(m: MentionData): string {
  return [...m.via.map((p) => `${p.name}:`), m.actor.name, m.stance === "DENIED" ? "denied" : "said"].join(" ");
}

function mentionLabel(m: MentionData, step: TravelStepData, mode: LaneMode): string {
  const told = toldBy(m);
  if (mode === "outlet") return told;
  return `${told}\nin ${(step.source ?? m.document.source)?.name ?? "an unknown outlet"}`;
}

/** Does mention `p` come from the party `v` (its publisher, its speaker, or the speaker's outlet)? */
function comesFrom(p: MentionData, v: PartyRef): boolean {
  const src = p.document.source;
  if (src && (src.id === v.id || norm(src.name) === norm(v.name))) return true;
  if (p.actor.id === v.id || norm(p.actor.name) === norm(v.name)) return true;
  return p.actor.source?.id === v.id;
}

export function buildTravelModel(data: ClaimTravelData, mode: LaneMode, expanded: ReadonlySet<string>): TravelModel {
  const stories = storyKeys(data.travel);
  const items: Item[] = data.travel.flatMap((step) =>
    step.mentions.map((mention) => ({
      mention,
      step,
      time: parseTime(mention.at ?? step.at ?? step.document.publishedAt),
      story: stories.get(step.document.id)?.key ?? null,
    })),
  );
  items.sort((a, b) => byTime(a, b) || a.step.order - b.step.order || a.mention.start - b.mention.start);

  // A story collapses only when it spans two documents or more.
  const storyDocs = new Map<string, Set<string>>();
  for (const it of items)
    if (it.story) storyDocs.set(it.story, (storyDocs.get(it.story) ?? new Set()).add(it.step.document.id));
  const collapsible = new Set([...storyDocs].filter(([, docs]) => docs.size > 1).map(([k]) => k));

  const lanes = new Map<string, Lane>();
  const nodes: TravelNode[] = [];
  const nodeOfMention = new Map<string, string>();
  const storyNodes = new Map<string, TravelNode>();

  for (const it of items) {
    const lane = laneOf(it.mention, it.step, mode);
    const story = it.story && collapsible.has(it.story) ? it.story : null;
    if (story && !expanded.has(`story:${story}`)) {
      const id = `story:${story}`;
      let node = storyNodes.get(story);
      if (!node) {
        if (!lanes.has(lane.key)) lanes.set(lane.key, lane);
        node = {
          id,
          kind: "story",
          stance: stanceOf(it.mention),
          label: "",
          time: it.time,
          lane: lane.key,
          mentionIds: [],
          storyKey: story,
        };
        storyNodes.set(story, node);
        nodes.push(node);
      }
      node.mentionIds.push(it.mention.id);
      if (node.stance !== stanceOf(it.mention)) node.stance = "mixed";
      nodeOfMention.set(it.mention.id, id);
      continue;
    }
    if (!lanes.has(lane.key)) lanes.set(lane.key, lane);
    nodes.push({
      id: it.mention.id,
      kind: "mention",
      stance: stanceOf(it.mention),
      label: mentionLabel(it.mention, it.step, mode),
      time: it.time,
      lane: lane.key,
      mentionIds: [it.mention.id],
      docId: it.step.document.id,
      inStory: story ?? undefined,
      actor: it.mention.actor.name,
      outlet: (it.step.source ?? it.mention.document.source)?.name,
      via: it.mention.via.map((p) => p.name),
    });
    nodeOfMention.set(it.mention.id, it.mention.id);
  }
  for (const [key, node] of storyNodes) {
    const name = [...stories.values()].find((s) => s.key === key)?.name ?? "wire";
    const docs = storyDocs.get(key)?.size ?? 0;
    node.label = `${name} story\n${docs} copies · ${node.mentionIds.length} mentions`;
  }
  if (nodes.length) nodes[0].first = true;

  const edges: TravelEdge[] = [];
  const edgeIds = new Set<string>();
  const addEdge = (e: TravelEdge) => {
    if (e.source === e.target || edgeIds.has(e.id)) return;
    edgeIds.add(e.id);
    edges.push(e);
  };

  // Relays: every hop of a mention's via chain is drawn, from the farthest relay to the mention
  // (speaker's word → relay → … → the outlet). A hop starts at an earlier mention from that relay,
  // preferring one by the same speaker; when the corpus holds none, at a node of its own.
  const relayNodes = new Map<string, TravelNode>();
  const relayNode = (v: PartyRef, time: number | null): string => {
    const laneKey =
      mode === "outlet"
        ? ([...lanes.values()].find((l) => norm(l.label) === norm(v.name))?.key ?? `relay:${v.id}`)
        : v.id;
    if (!lanes.has(laneKey)) lanes.set(laneKey, { key: laneKey, label: v.name });
    let relay = relayNodes.get(v.id);
    if (!relay) {
      relay = {
        id: `relay:${v.id}`,
        kind: "relay",
        label: `${v.name}\n(not in corpus)`,
        time,
        lane: laneKey,
        mentionIds: [],
      };
      relayNodes.set(v.id, relay);
      nodes.push(relay);
    }
    return relay.id;
  };
  /** Where party `v`'s account of it starts: an earlier mark from `v` (by the same speaker if any), or none. */
  const earlierFrom = (index: number, v: PartyRef): string | null => {
    const it = items[index];
    const earlier = items
      .slice(0, index)
      .filter((p) => p.step.document.id !== it.step.document.id && comesFrom(p.mention, v));
    const from = earlier.find((p) => p.mention.actor.id === it.mention.actor.id) ?? earlier[0];
    return from ? (nodeOfMention.get(from.mention.id) as string) : null;
  };
  /** Sources and targets already linked, whatever the edge: a citation repeating a relay is not drawn twice. */
  const linked = new Set<string>();
  const link = (e: TravelEdge) => {
    if (linked.has(`${e.source}>${e.target}`)) return;
    linked.add(`${e.source}>${e.target}`);
    addEdge(e);
  };
  items.forEach((it, index) => {
    let target = nodeOfMention.get(it.mention.id) as string;
    for (const v of it.mention.via) {
      const source = earlierFrom(index, v) ?? relayNode(v, it.time);
      link({ id: `relay:${source}->${target}`, source, target, kind: "relay", label: `via ${v.name}`, time: it.time });
      // The next relay out handed it to this one; a mention in the corpus has its own chain.
      if (!source.startsWith("relay:")) break;
      target = source;
    }
  });

  // Document-level chains: a document that says "according to X" (or is a copy of X's story) got
  // the claim from X when X stated it earlier in this travel; a copy of a story the corpus does not
  // hold starts at a node of its own. A story drawn as one node already stands for its copies. A
  // citation belongs to the document: it reaches the document's first mark only.
  const cited = new Set<string>();
  items.forEach((it, index) => {
    const target = nodeOfMention.get(it.mention.id) as string;
    const outlet = it.step.source ?? it.mention.document.source;
    for (const c of it.step.cites) {
      const party = c.party;
      const own = [outlet?.name, it.mention.actor.name].some((n) => n && norm(n) === norm(party.name));
      const inStory = it.story !== null && collapsible.has(it.story) && c.kind === "REPRINT";
      const key = `${it.step.document.id}|${party.id}`;
      if (own || inStory || cited.has(key)) continue;
      cited.add(key);
      const copy = c.kind === "REPRINT";
      const source = earlierFrom(index, party) ?? (copy ? relayNode(party, it.time) : null);
      if (!source) continue;
      link({
        id: `${copy ? "copy" : "cites"}:${source}->${target}`,
        source,
        target,
        kind: copy ? "reprint-of" : "cites",
        label: copy ? `copy of ${party.name}` : `according to ${party.name}`,
        time: it.time,
      });
    }
  });

  // Copies of one story, when expanded: link each copy to the story's earliest document.
  const firstOfStory = new Map<string, TravelNode>();
  for (const n of nodes) {
    if (n.kind !== "mention" || !n.inStory) continue;
    const first = firstOfStory.get(n.inStory);
    if (!first) firstOfStory.set(n.inStory, n);
    else if (first.docId !== n.docId)
      addEdge({
        id: `copy:${first.id}->${n.id}`,
        source: first.id,
        target: n.id,
        kind: "reprint-of",
        label: "copy",
        time: n.time,
      });
  }

  return {
    nodes,
    edges,
    lanes: [...lanes.values()],
    mentions: new Map(items.map((it) => [it.mention.id, it.mention])),
  };
}
