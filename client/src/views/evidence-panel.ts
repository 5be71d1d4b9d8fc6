/**
 * The evidence panel: for any node or edge, the exact words in their documents with the span
 * highlighted in context, who said them, where and when, and a link to the original.
 * Corpus text only ever reaches the page through text nodes.
 */

import {
  fetchActor,
  fetchCitingDocuments,
  fetchClaimEvidence,
  fetchClaimEvidenceAll,
  fetchClaimMentions,
  fetchDocumentTexts,
  fetchSource,
} from "../api/queries.js";
import type { ClaimEvidenceData, ClaimSummary, MentionData, WordingData } from "../api/types.js";
import { type Child, h, replace } from "../dom/h.js";
import { openClaim, type StateStore } from "../state/view-state.js";
import { contextWindow } from "../text/context.js";
import { formatDateTime } from "../text/time-format.js";
import { diffWords, similarity } from "../text/word-diff.js";
import { claimBadges } from "./claim-list.js";
import type { Selection } from "./selection.js";
import { errorMessage } from "./status.js";

const pageSize = 25;

export interface EvidenceActions {
  toggleStory(storyKey: string): void;
  exportClaimReview(claimId: string): void;
}

export class EvidencePanel {
  private token = 0;

  constructor(
    private readonly el: HTMLElement,
    private readonly store: StateStore,
    private readonly actions: EvidenceActions,
  ) {}

  /** Renders asynchronously; a newer call supersedes an older one still loading. */
  async show(sel: Selection | null): Promise<void> {
    const token = ++this.token;
    const stale = () => token !== this.token;
    this.el.dataset.state = "loading";
    if (!sel) {
      this.render(
        h("h2", {}, "Evidence"),
        h(
          "p",
          { class: "empty-hint" },
          "Select a node or an edge in the graph (click, or Tab into the graph and use the arrow keys and Space) to see the exact sentences behind it.",
        ),
        h(
          "p",
          { class: "empty-hint" },
          "Double-click a node (or press Enter) to expand its neighbourhood. Choose a claim in the list to see how it travelled.",
        ),
      );
      this.el.dataset.state = "empty";
      return;
    }
    this.render(
      h("p", { class: "empty-hint" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Loading evidence…"),
    );
    try {
      const content = await this.build(sel, stale);
      if (stale()) return;
      this.render(...content);
      this.el.dataset.state = "ready";
    } catch (err) {
      if (stale()) return;
      this.render(
        h("h2", {}, "Evidence"),
        h("p", { class: "inline-status error", role: "alert" }, `Could not load the evidence: ${errorMessage(err)}`),
        h("button", { type: "button", class: "button", onclick: () => void this.show(sel) }, "Retry"),
      );
      this.el.dataset.state = "error";
    }
  }

  private render(...children: Child[]): void {
    replace(this.el, ...children);
    this.el.scrollTop = 0;
  }

  private async build(sel: Selection, stale: () => boolean): Promise<Child[]> {
    switch (sel.type) {
      case "claim":
        return this.claim(sel.id);
      case "actor":
        return this.actor(sel.id);
      case "source":
        return this.source(sel.id);
      case "mentions":
        return [
          h("h2", {}, sel.title),
          sel.note ? h("p", { class: "lead" }, sel.note) : null,
          sel.storyKey
            ? h(
                "div",
                { class: "toolbar" },
                h(
                  "button",
                  { type: "button", class: "button", onclick: () => this.actions.toggleStory(sel.storyKey as string) },
                  sel.expanded ? "Collapse the copies" : "Show each copy",
                ),
              )
            : null,
          ...(await this.mentionCards(sel.mentions, stale)),
        ];
      case "relay":
        return [
          h("h2", {}, `Relayed via ${sel.fromParty}`),
          h("h3", {}, "Taken from"),
          ...(sel.from
            ? await this.mentionCards([sel.from], stale)
            : [
                h(
                  "p",
                  { class: "empty-hint" },
                  `${sel.fromParty} has no document in the corpus; the relay is known only from the citing document.`,
                ),
              ]),
          h("h3", {}, "Relayed in"),
          ...(await this.mentionCards([sel.to], stale)),
        ];
      case "stance-edge": {
        const claim = await fetchClaimEvidenceAll(sel.claimId);
        if (!claim) return [h("p", {}, "This claim is no longer stored.")];
        const ids = new Set(sel.mentionIds);
        const mentions = claim.mentions.filter((m) => ids.has(m.id));
        return [
          h("h2", {}, `${sel.actorLabel} ${sel.stance === "denied" ? "denies" : "asserts"}`),
          h("p", { class: "lead" }, claim.text),
          this.claimButtons(claim),
          ...(await this.mentionCards(mentions, stale)),
        ];
      }
      case "reported-edge": {
        const claim = await fetchClaimEvidenceAll(sel.claimId);
        if (!claim) return [h("p", {}, "This claim is no longer stored.")];
        const mentions = claim.mentions.filter((m) => m.document.source?.id === sel.sourceId);
        return [
          h("h2", {}, `Reported by ${sel.sourceLabel}`),
          h("p", { class: "lead" }, claim.text),
          this.claimButtons(claim),
          ...(await this.mentionCards(mentions, stale)),
        ];
      }
      case "cites-edge":
        return this.citations(sel.sourceId, sel.sourceLabel, sel.party, sel.reprint);
      case "note":
        return [h("h2", {}, sel.title), h("p", {}, sel.text)];
    }
  }

  private claimButtons(claim: ClaimSummary): HTMLElement {
    const s = this.store.get();
    const inTravel = s.view === "travel" && s.claim === claim.id;
    return h(
      "div",
      { class: "toolbar" },
      inTravel
        ? null
        : h(
            "button",
            {
              type: "button",
              class: "button primary",
              onclick: () => this.store.set(openClaim(claim.id), { push: true }),
            },
            "Open claim travel",
          ),
      h(
        "button",
        { type: "button", class: "button", onclick: () => this.actions.exportClaimReview(claim.id) },
        "ClaimReview JSON-LD",
      ),
      widenButton(),
    );
  }

  private async claim(id: string): Promise<Child[]> {
    const claim = await fetchClaimEvidence(id, pageSize);
    if (!claim)
      return [
        h("h2", {}, "Claim not found"),
        h("p", {}, `No claim ${id} is stored; the link may be from another corpus.`),
      ];
    return [
      h("h2", { class: "claim-title" }, claim.text),
      claimBadges(claim),
      this.claimButtons(claim),
      h("h3", {}, `Wordings (${claim.wordings.length}), compared with the earliest`),
      this.wordings(claim),
      h("h3", {}, `Mentions (${claim.mentionCount})`),
      ...(await this.claimMentionCards(id, claim.mentions, claim.mentionCount, claim.mentions.length)),
    ];
  }

  /** A page of a claim's mentions, then a button fetching the next page from the server while some are left. */
  private async claimMentionCards(claimId: string, page: MentionData[], total: number, seen: number): Promise<Child[]> {
    const cards = await this.mentionCards(page, () => false);
    const after = page.at(-1)?.cursor;
    if (seen < total && after) {
      const more = h("button", { type: "button", class: "button" }, `Show ${Math.min(pageSize, total - seen)} more`);
      more.addEventListener("click", async () => {
        more.disabled = true;
        try {
          const next = await fetchClaimMentions(claimId, after, pageSize);
          const rest = await this.claimMentionCards(
            claimId,
            next,
            next.length === 0 ? seen : total,
            seen + next.length,
          );
          more.replaceWith(...rest.filter((c): c is Node => c instanceof Node));
        } catch {
          more.disabled = false;
        }
      });
      cards.push(more);
    }
    return cards;
  }

  private wordings(claim: ClaimEvidenceData): HTMLElement {
    const list = [...claim.wordings].sort((a, b) => Date.parse(a.firstSeen ?? "") - Date.parse(b.firstSeen ?? "") || 0);
    if (list.length === 0) return h("p", { class: "empty-hint" }, "No wordings recorded.");
    const reference = list[0];
    const outlets = (w: WordingData) => [...new Set(w.documents.map((d) => d.source?.name ?? d.title))].join(", ");
    return h(
      "div",
      { class: "wordings", role: "list" },
      ...list.map((w, i) => {
        // Marking every word of an unrelated wording (a denial's, say) says nothing: show it plain.
        const reworded = i > 0 && similarity(reference.text, w.text) < 0.3;
        const body: Child[] =
          i === 0 || reworded
            ? [w.text]
            : diffWords(reference.text, w.text).map((part) =>
                part.kind === "same"
                  ? part.text
                  : h(
                      part.kind === "added" ? "ins" : "del",
                      { title: part.kind === "added" ? "not in the earliest wording" : "only in the earliest wording" },
                      part.text,
                    ),
              );
        return h(
          "div",
          { class: `wording${i === 0 ? " reference" : ""}`, role: "listitem" },
          h(
            "div",
            { class: "w-head" },
            i === 0 ? "Earliest · " : `#${i + 1}${reworded ? " (reworded)" : ""} · `,
            `${formatDateTime(w.firstSeen)} · ${w.count}× · ${outlets(w)}`,
          ),
          h("div", {}, ...body),
        );
      }),
    );
  }

  private async mentionCards(mentions: MentionData[], stale: () => boolean): Promise<Child[]> {
    if (mentions.length === 0)
      return [h("p", { class: "empty-hint" }, "No mentions left (all may have been rejected in review).")];
    const sorted = [...mentions].sort(
      (a, b) =>
        Date.parse(a.at ?? a.document.publishedAt ?? "") - Date.parse(b.at ?? b.document.publishedAt ?? "") ||
        a.start - b.start,
    );
    const shown = sorted.slice(0, pageSize);
    const texts = await fetchDocumentTexts(shown.map((m) => m.document.id));
    if (stale()) return [];
    const cards: Child[] = shown.map((m) => mentionCard(m, texts.get(m.document.id)));
    if (sorted.length > shown.length) {
      const more = h(
        "button",
        { type: "button", class: "button" },
        `Show ${Math.min(pageSize, sorted.length - shown.length)} more`,
      );
      more.addEventListener("click", async () => {
        more.disabled = true;
        const rest = await this.mentionCards(sorted.slice(pageSize), () => false);
        more.replaceWith(...rest.filter((c): c is Node => c instanceof Node));
      });
      cards.push(more);
    }
    return cards;
  }

  private async actor(id: string): Promise<Child[]> {
    const a = await fetchActor(id);
    if (!a) return [h("h2", {}, "Actor not found")];
    return [
      ...profileHead(a.name, a.kind, `${a.mentionCount} mentions`, a.source && `publishes as ${a.source.name}`),
      a.aliases.length ? h("p", { class: "meta" }, `Also named: ${a.aliases.join(" · ")}`) : null,
      h("h3", {}, `Asserted (${a.asserted.length})`),
      this.claimLinks(a.asserted),
      h("h3", {}, `Denied (${a.denied.length})`),
      this.claimLinks(a.denied),
      ...counted(
        "Quoted by",
        a.quotedBy.map((q) => ({ name: q.source.name, count: q.count })),
      ),
    ];
  }

  private async source(id: string): Promise<Child[]> {
    const s = await fetchSource(id);
    if (!s) return [h("h2", {}, "Source not found")];
    return [
      ...profileHead(s.name, s.kind, s.country, `${s.documentCount} documents`),
      h("h3", {}, "Documents"),
      h(
        "ul",
        { class: "plain-list" },
        ...s.documents.map((d) =>
          h(
            "li",
            {},
            h("span", {}, d.title),
            " ",
            h(
              "span",
              { class: "meta" },
              formatDateTime(d.publishedAt),
              " · ",
              originalLink(d.url, "Open the original"),
            ),
          ),
        ),
      ),
      h("h3", {}, `Claims reported (${s.claimsReported.length})`),
      this.claimLinks(s.claimsReported),
      ...counted(
        "Cites",
        s.cites.map((c) => ({ name: c.party.name, count: c.count })),
      ),
      ...counted(
        "Copies stories of",
        s.reprints.map((c) => ({ name: c.source.name, count: c.count })),
      ),
    ];
  }

  private async citations(
    sourceId: string,
    sourceLabel: string,
    party: { id: string; name: string },
    reprint: boolean,
  ): Promise<Child[]> {
    const docs = await fetchCitingDocuments(sourceId);
    const cards: Child[] = [];
    for (const d of docs) {
      for (const c of d.cites.filter((c) => c.party.id === party.id && (c.kind === "REPRINT") === reprint)) {
        const at =
          typeof c.start === "number" && typeof c.end === "number" ? contextWindow(d.text, c.start, c.end) : null;
        cards.push(
          h(
            "article",
            { class: "card" },
            h("div", { class: "card-head" }, h("span", { class: "who" }, d.title)),
            h(
              "div",
              { class: "meta" },
              h("span", {}, formatDateTime(d.publishedAt)),
              h("span", {}, c.kind === "REPRINT" ? "copy of its story" : "attribution"),
            ),
            at && at.valid
              ? contextBlock(at)
              : h("p", { class: "empty-hint" }, "Where in the document is not recorded."),
            originalLink(d.url, "Open the original"),
          ),
        );
      }
    }
    return [
      h("h2", {}, `${sourceLabel} ${reprint ? "copies" : "cites"} ${party.name}`),
      ...(cards.length ? cards : [h("p", { class: "empty-hint" }, "No citation found in this source's documents.")]),
    ];
  }

  private claimLinks(claims: ClaimSummary[]): HTMLElement {
    if (!claims.length) return h("p", { class: "empty-hint" }, "None.");
    return h(
      "ul",
      { class: "plain-list" },
      ...claims.map((c) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "row-button", onclick: () => this.store.set(openClaim(c.id), { push: true }) },
            c.text,
          ),
        ),
      ),
    );
  }
}

/** Widens the evidence panel at the graph's expense, and narrows it back. */
/** An actor's or a source's name over a line of facts about it; facts it lacks are left out. */
function profileHead(name: string, ...facts: Array<string | null | undefined>): Child[] {
  return [h("h2", {}, name), h("p", { class: "meta" }, ...facts.map((fact) => (fact ? h("span", {}, fact) : null)))];
}

/** A titled list of names with how often each occurs, or nothing when the list is empty. */
function counted(title: string, rows: Array<{ name: string; count: number }>): Child[] {
  if (!rows.length) return [];
  return [
    h("h3", {}, title),
    h("ul", { class: "plain-list" }, ...rows.map((r) => h("li", {}, `${r.name} (${r.count})`))),
  ];
}

function widenButton(): HTMLElement {
  const layout = document.getElementById("layout");
  const label = () => (layout?.classList.contains("wide-evidence") ? "Narrow panel" : "Widen panel");
  const button = h(
    "button",
    {
      type: "button",
      class: "button widen",
      "aria-pressed": String(Boolean(layout?.classList.contains("wide-evidence"))),
    },
    label(),
  );
  button.addEventListener("click", () => {
    const wide = Boolean(layout?.classList.toggle("wide-evidence"));
    button.setAttribute("aria-pressed", String(wide));
    button.textContent = label();
  });
  return button;
}

function contextBlock(ctx: ReturnType<typeof contextWindow>): HTMLElement {
  return h(
    "blockquote",
    { class: "context" },
    ctx.clippedBefore ? h("span", { class: "clip" }, "… ") : null,
    ctx.before,
    h("mark", {}, ctx.match),
    ctx.after,
    ctx.clippedAfter ? h("span", { class: "clip" }, " …") : null,
  );
}

function originalLink(url: string | null | undefined, label: string): HTMLElement {
  // Only http(s) links are made clickable; anything else in the data is shown as text.
  if (url && /^https?:\/\//i.test(url)) {
    return h(
      "a",
      { href: url, target: "_blank", rel: "noopener noreferrer nofollow", referrerpolicy: "no-referrer" },
      `${label} ↗`,
    );
  }
  return h(
    "span",
    { class: "no-url", title: "The corpus records no web address for this document; it is known from its file only." },
    "No link to the original",
  );
}

export function mentionCard(m: MentionData, text: string | undefined): HTMLElement {
  const stance = m.stance === "DENIED" ? "denied" : "asserted";
  let body: HTMLElement;
  if (text === undefined) {
    body = h("blockquote", { class: "context" }, h("mark", {}, m.evidence));
  } else {
    const ctx = contextWindow(text, m.start, m.end);
    body =
      ctx.valid && ctx.match === m.evidence
        ? contextBlock(ctx)
        : h(
            "div",
            {},
            h(
              "p",
              { class: "warning" },
              "The stored offsets do not match the document text; showing the extracted words.",
            ),
            h("blockquote", { class: "context" }, h("mark", {}, m.evidence)),
          );
  }
  return h(
    "article",
    { class: `card ${stance}`, "data-mention": m.id },
    h(
      "div",
      { class: "card-head" },
      h("span", { class: `badge ${stance}` }, stance === "denied" ? "◆ denies" : "● asserts"),
      // The relays first, as the document tells it: "Kremlin: Joseph Biden".
      m.via.length
        ? h(
            "span",
            { class: "relays", title: "told through (nearest the outlet first)" },
            m.via.map((p) => `${p.name}:`).join(" "),
          )
        : null,
      h("span", { class: "who" }, m.actor.name),
    ),
    h(
      "div",
      { class: "meta" },
      h("span", {}, m.document.source?.name ?? "Unknown publisher"),
      h("time", { datetime: m.at ?? m.document.publishedAt ?? "" }, formatDateTime(m.at ?? m.document.publishedAt)),
      h("span", { title: "extractor confidence" }, `confidence ${m.confidence.toFixed(2)}`),
      m.cue ? h("span", {}, `cue “${m.cue}”`) : null,
      m.rule
        ? h("span", { class: "rule", title: "the extraction rule that found these words" }, `found by: ${m.rule}`)
        : null,
    ),
    body,
    h(
      "div",
      { class: "meta" },
      h("span", {}, m.document.title),
      originalLink(m.document.url, "Open the original"),
      h("span", {}, `chars ${m.start}–${m.end}`),
    ),
  );
}
