/**
 * A tiny element builder. Children that are strings become text nodes, so data from the
 * corpus is always rendered as text and never parsed as HTML.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  [key: string]: string | number | boolean | EventListener | undefined | null;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "class") {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Makes a non-button element act like one for keyboard users (Enter and Space). */
export function activatable(el: HTMLElement, action: (ev: Event) => void): HTMLElement {
  el.tabIndex = 0;
  if (!el.getAttribute("role")) el.setAttribute("role", "button");
  el.addEventListener("click", action);
  el.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      action(ev);
    }
  });
  return el;
}
