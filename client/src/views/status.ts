/** Loading, empty and error states for the graph area, so the page is never blank. */
import { h, replace } from "../dom/h.js";

export type GraphStatus =
  | { kind: "loading"; message: string }
  | { kind: "empty"; message: string; detail?: string }
  | { kind: "error"; message: string; retry?: () => void }
  | { kind: "ready" };

export function showGraphStatus(el: HTMLElement, status: GraphStatus): void {
  // Tests and the bench wait on this attribute.
  document.body.dataset.graph = status.kind;
  if (status.kind === "ready") {
    el.classList.remove("shown");
    el.replaceChildren();
    return;
  }
  el.classList.add("shown");
  if (status.kind === "loading") {
    replace(el, h("div", { class: "box" }, h("span", { class: "spinner", "aria-hidden": "true" }), status.message));
  } else if (status.kind === "empty") {
    replace(
      el,
      h("div", { class: "box" }, h("strong", {}, status.message), status.detail ? h("p", {}, status.detail) : null),
    );
  } else {
    const retry = status.retry;
    replace(
      el,
      h(
        "div",
        { class: "box error", role: "alert" },
        h("strong", {}, "Something went wrong"),
        h("p", {}, status.message),
        retry ? h("button", { type: "button", class: "button", onclick: () => retry() }, "Retry") : null,
      ),
    );
  }
}

/**
 * The graph area's state while a view has nothing drawn, under the view's bare title (with a hint
 * while loading), so the header never keeps the counts of what was drawn before.
 */
export function showViewStatus(
  area: { head: HTMLElement; status: HTMLElement },
  title: string,
  status: Exclude<GraphStatus, { kind: "ready" }>,
): void {
  replace(area.head, h("h2", {}, title), status.kind === "loading" ? h("span", { class: "hint" }, "Loading…") : null);
  showGraphStatus(area.status, status);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
export function toast(message: string): void {
  const el = document.getElementById("toast");
  if (!el) return;
  el.textContent = message;
  el.classList.add("shown");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove("shown"), 2200);
}
