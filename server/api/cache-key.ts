/**
 * The variables part of a response-cache key: only the variables the operation declares (an unused
 * one changes nothing in the answer, so it can neither force a miss nor be refused), in name order,
 * as canonical JSON built without recursion (a variable nested 100 000 deep must not overflow the
 * stack). Null when the key would pass `maxChars`: such a request is answered, only not cached.
 */
export function variablesKey(
  variables: Readonly<Record<string, unknown>> | undefined,
  declared: readonly string[],
  maxChars: number,
): string | null {
  const names = [...new Set(declared)].filter((n) => variables && Object.hasOwn(variables, n)).sort();
  const out: string[] = [];
  let length = 0;
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
    return length <= maxChars;
  };
  // Work items: a value to write, or literal text (closing brackets, separators, keys).
  type Item = { value: unknown } | { text: string };
  const stack: Item[] = [{ text: "}" }];
  for (let i = names.length - 1; i >= 0; i--)
    stack.push({ value: variables![names[i]] }, { text: `${i > 0 ? "," : ""}${JSON.stringify(names[i])}:` });
  stack.push({ text: "{" });
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("text" in item) {
      if (!emit(item.text)) return null;
      continue;
    }
    const v = item.value;
    if (Array.isArray(v)) {
      if (v.length > maxChars) return null;
      stack.push({ text: "]" });
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i] }, ...(i > 0 ? [{ text: "," }] : []));
      if (!emit("[")) return null;
    } else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v);
      if (keys.length > maxChars) return null;
      keys.sort();
      stack.push({ text: "}" });
      for (let i = keys.length - 1; i >= 0; i--)
        stack.push(
          { value: (v as Record<string, unknown>)[keys[i]] },
          { text: `${i > 0 ? "," : ""}${JSON.stringify(keys[i])}:` },
        );
      if (!emit("{")) return null;
    } else if (!emit(JSON.stringify(v) ?? "null")) return null;
    if (stack.length > 4 * maxChars) return null; // pending items each write at least a character
  }
  return out.join("");
}
