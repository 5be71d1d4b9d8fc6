/**
 * The banner that says the graph holds only part of a corpus: its latest load was cut off or
 * failed. It stays until a run of that corpus completes; the page asks again every minute, so it
 * goes away on its own once the re-run is done.
 */
import { fetchLoadState, type LoadState } from "../api/queries.js";
import { h, replace } from "../dom/h.js";

const RECHECK_MS = 60_000;

export function showLoadState(el: HTMLElement, state: LoadState): void {
  // Tests wait on this attribute.
  el.dataset.state = state.incomplete ? "incomplete" : "complete";
  el.hidden = !state.incomplete;
  if (!state.incomplete) {
    el.replaceChildren();
    return;
  }
  const names = state.corpora.map((c) => `“${c}”`).join(", ");
  replace(
    el,
    h("strong", {}, "Load incomplete. "),
    state.corpora.length === 1
      ? `The latest load of corpus ${names} did not complete: the graph holds only part of it, so counts and travels may be missing documents until the ETL is run on it again.`
      : `The latest loads of corpora ${names} did not complete: the graph holds only part of them, so counts and travels may be missing documents until the ETL is run on them again.`,
  );
}

/** Shows the load state now and keeps it current; a failed check leaves the banner as it was. */
export function watchLoadState(el: HTMLElement): void {
  const check = () =>
    fetchLoadState().then(
      (state) => showLoadState(el, state),
      () => undefined,
    );
  void check();
  setInterval(check, RECHECK_MS);
}
