/** The relations a network expansion follows: one checkbox per kind, bound to the view state's `rel`. */
import { h, replace } from "../dom/h.js";
import { normalRelations, relationChoices } from "../state/relations.js";
import type { StateStore, ViewState } from "../state/view-state.js";

export class ExpandChoice {
  private readonly boxes = new Map<string, HTMLInputElement>();

  constructor(
    private readonly el: HTMLFieldSetElement,
    private readonly store: StateStore,
  ) {
    const onChange = () => {
      const ticked = [...this.boxes].filter(([, box]) => box.checked).map(([code]) => code);
      // Nothing ticked would follow nothing: keep at least the box just unticked.
      if (ticked.length === 0) return this.show(this.store.get());
      this.store.set({ rel: normalRelations(ticked.join("")) });
    };
    for (const r of relationChoices) {
      const box = h("input", { type: "checkbox", value: r.code, id: `rel-${r.code}`, onchange: onChange });
      this.boxes.set(r.code, box);
    }
    replace(
      el,
      h("legend", {}, "Expand along"),
      ...[...this.boxes].map(([code, box]) =>
        h("label", { class: "check" }, box, relationChoices.find((r) => r.code === code)?.label ?? code),
      ),
    );
  }

  show(s: ViewState): void {
    this.el.hidden = s.view !== "network";
    for (const [code, box] of this.boxes) box.checked = !s.rel || s.rel.includes(code);
  }
}
