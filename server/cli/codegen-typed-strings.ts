/**
 * A GraphQL Code Generator plugin: each operation's text, with the fragments it spreads, as a
 * string whose type carries the operation's result and variables (`TypedQuery`), so the client
 * sends exactly the document its types were generated from. A fragment no operation spreads is
 * given as its selection alone, for queries the client assembles (many aliased lookups at once).
 */
import type { PluginFunction } from "@graphql-codegen/plugin-helpers";
import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  print,
  stripIgnoredCharacters,
  visit,
} from "graphql";

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The names of the fragments a definition spreads directly. */
function spreads(node: OperationDefinitionNode | FragmentDefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(node, {
    enter(n) {
      if (n.kind === Kind.FRAGMENT_SPREAD) names.add(n.name.value);
    },
  });
  return names;
}

const plugin: PluginFunction = (_schema, documents) => {
  const definitions = documents.flatMap((d) => d.document?.definitions ?? []);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  /** The fragments a definition needs, transitively, in the document's order. */
  const needed = (node: OperationDefinitionNode) => {
    const seen = new Set<string>();
    const queue = [...spreads(node)];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (seen.has(name)) continue;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`fragment ${name} is spread but not defined`);
      seen.add(name);
      queue.push(...spreads(fragment));
    }
    return [...fragments.values()].filter((f) => seen.has(f.name.value));
  };

  const out = [
    "/** A GraphQL document as sent, typed with its result and variables. */",
    "export type TypedQuery<Result, Variables> = string & { readonly __types?: [Result, Variables] };",
  ];
  const spreadAnywhere = new Set<string>();
  for (const d of definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (!d.name) throw new Error("every client operation needs a name: its types are named after it");
    const name = pascal(d.name.value);
    const suffix = pascal(d.operation);
    const used = needed(d);
    for (const f of used) spreadAnywhere.add(f.name.value);
    const text = stripIgnoredCharacters([d, ...used].map((n) => print(n)).join("\n"));
    out.push(
      `export const ${name}Document = ${JSON.stringify(text)} as TypedQuery<${name}${suffix}, ${name}${suffix}Variables>;`,
    );
  }
  for (const [name, f] of fragments) {
    if (spreadAnywhere.has(name)) continue;
    out.push(`export const ${name}Selection = ${JSON.stringify(stripIgnoredCharacters(print(f.selectionSet)))};`);
  }
  return `${out.join("\n")}\n`;
};

export const typedStrings = { plugin };
