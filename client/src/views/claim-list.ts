/** The claims matching the search and filters; choosing one opens its travel. */

import { ApiError } from "../api/graphql.js";
import { claimFilter, fetchClaims, filterProblem } from "../api/queries.js";
import type { ClaimSummary } from "../api/types.js";
import { h, replace } from "../dom/h.js";
import { openClaim, type StateStore, type ViewState } from "../state/view-state.js";
import { plural } from "../text/plural.js";
import { formatDateTime } from "../text/time-format.js";
import { errorMessage } from "./status.js";

export function claimBadges(c: ClaimSummary): HTMLElement {
  return h(
    "span",
    { class: "claim-meta" },
    c.contested ? h("span", { class: "badge contested", title: "asserted and denied" }, "⚑ contested") : null,
    c.assertedCount
      ? h("span", { class: "badge asserted", title: "mentions asserting it" }, `● ${c.assertedCount} asserted`)
      : null,
    c.deniedCount
      ? h("span", { class: "badge denied", title: "mentions denying it" }, `◆ ${c.deniedCount} denied`)
      : null,
    h("span", {}, plural(c.outlets, "outlet")),
    c.firstSeen ? h("span", {}, `first ${formatDateTime(c.firstSeen)}`) : null,
  );
}

export class ClaimList {
  private controller: AbortController | null = null;
  private lastKey = "";
  claims: ClaimSummary[] = [];

  constructor(
    private readonly list: HTMLUListElement,
    private readonly status: HTMLElement,
    private readonly count: HTMLElement,
    private readonly store: StateStore,
  ) {}

  async load(s: ViewState, force = false): Promise<void> {
    const filter = claimFilter(s);
    const key = JSON.stringify(filter);
    if (key === this.lastKey && !force) return this.markCurrent(s.claim, true);
    this.lastKey = key;
    this.controller?.abort();
    const problem = filterProblem(s);
    if (problem) {
      this.claims = [];
      this.list.replaceChildren();
      this.count.textContent = "";
      this.setStatus(problem, true);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.setStatus("Loading claims…");
    this.list.setAttribute("aria-busy", "true");
    try {
      const page = await fetchClaims(filter, 100, controller.signal);
      if (controller.signal.aborted) return;
      this.claims = page.nodes;
      this.count.textContent = `(${page.totalCount})`;
      this.count.title = plural(page.totalCount, "claim");
      this.render(s.claim);
      this.markCurrent(s.claim, true);
      if (page.nodes.length === 0)
        this.setStatus(
          s.q || Object.keys(filter).length
            ? "No claims match the search and filters."
            : "No claims are stored yet. Load a corpus with npm run etl.",
        );
      else this.setStatus(page.totalCount > page.nodes.length ? `Showing the first ${page.nodes.length}.` : "");
    } catch (err) {
      if (controller.signal.aborted) return;
      this.lastKey = "";
      this.claims = [];
      this.list.replaceChildren();
      this.count.textContent = "";
      // Bad input fails the same way every time: a Retry would only fail again.
      const retry =
        err instanceof ApiError && err.code === "BAD_USER_INPUT"
          ? undefined
          : () => void this.load(this.store.get(), true);
      this.setStatus(`Could not load claims: ${errorMessage(err)}`, true, retry);
    } finally {
      if (this.controller === controller) this.list.removeAttribute("aria-busy");
    }
  }

  private setStatus(message: string, error = false, retry?: () => void): void {
    this.status.classList.toggle("error", error);
    replace(
      this.status,
      message,
      retry ? h("button", { type: "button", class: "link-button", onclick: () => retry() }, "Retry") : null,
    );
  }

  private render(current: string): void {
    replace(
      this.list,
      ...this.claims.map((c, i) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "claim-item",
              "data-claim": c.id,
              "aria-current": c.id === current ? "true" : "false",
              onclick: () => this.store.set(openClaim(c.id), { push: true }),
            },
            h(
              "span",
              { class: "claim-text" },
              h("span", { class: "claim-key", title: "Its number in the network" }, `${i + 1}`),
              " ",
              c.text,
            ),
            claimBadges(c),
          ),
        ),
      ),
    );
  }

  /** `reveal`: scroll the current claim into the list's view (a deep link, Back, a graph click). */
  private markCurrent(current: string, reveal = false): void {
    for (const el of this.list.querySelectorAll<HTMLElement>(".claim-item")) {
      const here = el.dataset.claim === current;
      el.setAttribute("aria-current", here ? "true" : "false");
      if (here && reveal) el.scrollIntoView({ block: "nearest" });
    }
  }
}
