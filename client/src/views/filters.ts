/** The search box and filter form, two-way bound to the view state. */

import { fetchFilterOptions, MAX_SEARCH } from "../api/queries.js";
import { h } from "../dom/h.js";
import type { StanceFilter, StateStore, ViewState } from "../state/view-state.js";
import { errorMessage } from "./status.js";

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page lacks #${id}`);
  return el as T;
}

export class Filters {
  private readonly search = byId<HTMLInputElement>("search");
  private readonly actor = byId<HTMLSelectElement>("f-actor");
  private readonly outlet = byId<HTMLSelectElement>("f-outlet");
  private readonly stance = byId<HTMLSelectElement>("f-stance");
  private readonly from = byId<HTMLInputElement>("f-from");
  private readonly to = byId<HTMLInputElement>("f-to");
  private readonly contested = byId<HTMLInputElement>("f-contested");
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Typed but not yet applied: the box keeps it rather than showing the older state. */
  private searchPending = false;

  constructor(private readonly store: StateStore) {
    byId<HTMLFormElement>("search-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.applySearch();
    });
    this.search.addEventListener("input", () => {
      clearTimeout(this.searchTimer);
      this.searchPending = true;
      this.search.setCustomValidity(
        this.search.value.trim().length > MAX_SEARCH ? `At most ${MAX_SEARCH} characters` : "",
      );
      this.searchTimer = setTimeout(() => this.applySearch(), 250);
    });
    this.actor.addEventListener("change", () => this.store.set({ actor: this.actor.value }, { push: true }));
    this.outlet.addEventListener("change", () => this.store.set({ outlet: this.outlet.value }, { push: true }));
    this.stance.addEventListener("change", () =>
      this.store.set({ stance: this.stance.value as StanceFilter }, { push: true }),
    );
    this.from.addEventListener("change", () => this.store.set({ from: this.from.value }, { push: true }));
    this.to.addEventListener("change", () => this.store.set({ to: this.to.value }, { push: true }));
    this.contested.addEventListener("change", () =>
      this.store.set({ contested: this.contested.checked }, { push: true }),
    );
    byId<HTMLButtonElement>("f-clear").addEventListener("click", () =>
      this.store.set({ q: "", actor: "", outlet: "", stance: "", from: "", to: "", contested: false }, { push: true }),
    );
    byId<HTMLFormElement>("filters").addEventListener("submit", (ev) => ev.preventDefault());
  }

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    this.searchPending = false;
    this.store.set({ q: this.search.value }, { push: true });
  }

  /** Fills the actor and outlet choices; a failure leaves the filters usable by URL only. */
  async loadOptions(): Promise<void> {
    try {
      const { actors, sources } = await fetchFilterOptions();
      const fill = (select: HTMLSelectElement, items: Array<{ id: string; name: string }>) => {
        const keep = select.options[0];
        select.replaceChildren(keep, ...items.map((i) => h("option", { value: i.id }, i.name)));
      };
      fill(this.actor, actors);
      fill(this.outlet, sources);
      this.show(this.store.get());
    } catch (err) {
      for (const s of [this.actor, this.outlet]) s.title = `Could not load the choices: ${errorMessage(err)}`;
    }
  }

  show(s: ViewState): void {
    if (document.activeElement !== this.search && !this.searchPending) this.search.value = s.q;
    this.ensureOption(this.actor, s.actor);
    this.ensureOption(this.outlet, s.outlet);
    this.actor.value = s.actor;
    this.outlet.value = s.outlet;
    this.stance.value = s.stance;
    this.from.value = s.from;
    this.to.value = s.to;
    // The date pickers refuse a range that ends before it starts.
    this.from.max = s.to;
    this.to.min = s.from;
    this.contested.checked = s.contested;
  }

  /** A shared link may name an actor or outlet before the choices are loaded. */
  private ensureOption(select: HTMLSelectElement, value: string): void {
    if (value && ![...select.options].some((o) => o.value === value)) select.append(h("option", { value }, value));
  }
}
