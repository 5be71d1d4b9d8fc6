// Question: Which groups of outlets only cite each other?
//
// A group is a set of outlets that all reach each other through citations ("according to X",
// a quote relayed from X, a reprint of X's story): a strongly connected set of the citation graph
// among outlets, i.e. a citation cycle. Its closure is the share of its members' citations that
// stay inside the group; 1 means they cite nobody else.
//
// Parameters:
//   $since     datetime = null  only documents published at or after this time (null: no bound)
//   $until     datetime = null  only documents published before this time (null: no bound)
//   $minShare  float = 0.75     report groups whose closure is at least this (1.0: they cite nobody
//                               else; the default allows the odd eyewitness or official)
//   $limit     integer = 50     at most this many groups
//
// Columns:
//   outlets    the group's outlets
//   size       how many
//   citations  the citations between them, "from → to (documents)"
//   internal   citations (document, cited outlet) inside the group
//   external   citations from the group to anyone else (other outlets, officials, agencies)
//   closure    internal / (internal + external)
//
// Example:
//   :param since => null
//   :param until => null
//   :param minShare => 0.8
//   :param limit => 50
//   npm run cypher -- circular-sourcing --min-share 0.8
//
// Read from the load's per-source SOURCE_LINK summaries (cypher/load/source-links.cypher), which
// list the dated documents behind each link: the cost follows outlets and their links, not
// documents. Documents without a publication date are left out.
MATCH (a:Source)-[l:SOURCE_LINK]->(x)
OPTIONAL MATCH (x:Actor)-[:PUBLISHES_AS]->(p:Source)
WITH a, coalesce(p, x) AS cited, l
// An outlet crediting itself (its own voice, its press office) is not a citation.
WHERE cited <> a
WITH a, cited, collect(l) AS links
// A document counts once per cited outlet, however many of the outlet's voices it cites.
WITH a, cited,
  CASE
    WHEN size(links) = 1 AND $since IS NULL AND $until IS NULL THEN links[0].dated
    ELSE COUNT {
      UNWIND links AS l
      UNWIND range(0, size(l.documents) - 1) AS i
      WITH l, i
      WHERE l.published[i] >= coalesce($since, datetime('0001-01-01T00:00:00Z'))
        AND l.published[i] < coalesce($until, datetime('9999-12-31T23:59:59Z'))
      RETURN DISTINCT l.documents[i] AS document
    }
  END AS docs
WHERE docs > 0
WITH collect({from: a.id, fromName: a.name, to: cited.id, toName: cited.name, docs: docs}) AS cites
// Values used many times below are bound by CALL subqueries: a WITH projection may be inlined by
// the planner where it is used, and evaluated again at each use.
// The citing outlets in id order: an outlet's place in `ids` is its index in the lists below.
CALL (cites) {
  UNWIND cites AS e
  WITH DISTINCT e.from AS id
  ORDER BY id
  RETURN collect(id) AS ids
}
// Each citation with the indices of its ends, found by binary search in `ids`; j is -1 when the
// cited party cites nobody (it can be in no cycle).
CALL (cites, ids) {
  WITH size(ids) AS n, toInteger(ceil(log(size(ids) + 1) / log(2))) + 1 AS halvings
  RETURN n,
    [e IN cites |
      [at IN [[k IN [e.from, e.to] |
        reduce(r = [0, n], s IN range(1, halvings) |
          CASE
            WHEN r[0] >= r[1] THEN r
            WHEN ids[(r[0] + r[1]) / 2] < k THEN [(r[0] + r[1]) / 2 + 1, r[1]]
            ELSE [r[0], (r[0] + r[1]) / 2]
          END)[0]]] |
        e {.*, i: at[0], j: CASE WHEN at[1] < n AND ids[at[1]] = e.to THEN at[1] ELSE -1 END}][0]] AS indexed
}
// Adjacency lists by index, out and in; every index gets a list, empty or not.
CALL (indexed, n) {
  UNWIND [e IN indexed WHERE e.j >= 0 | [e.i, e.j]] + [v IN range(0, n - 1) | [v, -1]] AS pair
  WITH pair[0] AS v, collect(pair[1]) AS ws
  ORDER BY v
  RETURN collect([w IN ws WHERE w >= 0]) AS out
}
CALL (indexed, n) {
  UNWIND [e IN indexed WHERE e.j >= 0 | [e.j, e.i]] + [v IN range(0, n - 1) | [v, -1]] AS pair
  WITH pair[0] AS v, collect(pair[1]) AS ws
  ORDER BY v
  RETURN collect([w IN ws WHERE w >= 0]) AS into
}
// Strongly connected components by colouring, in rounds over the outlets not yet placed (alive):
// each outlet takes the smallest index among the alive outlets that reach it (forward, to a fixed
// point); an outlet whose colour is its own index is a root, and its component is the outlets of
// its colour that reach it (backward, to a fixed point). Each round places at least one component
// per colour, in time linear in outlets and citations per step; steps are few in a citation graph.
// An outlet that no alive outlet cites, or that cites none, is in no cycle: it is its own component
// (comp starts as each outlet's own index) and leaves before and after each round, which keeps the
// rounds few.
CALL (n, out, into) {
  WITH n, out, into, [v IN range(0, n - 1) | size(out[v]) > 0 AND size(into[v]) > 0] AS alive
  RETURN reduce(st = {alive: alive, comp: range(0, n - 1), left: any(x IN alive WHERE x)}, round IN range(1, n) |
    CASE
      WHEN NOT st.left THEN st
      ELSE [colour IN [reduce(c = {l: [v IN range(0, n - 1) | v], moved: true}, step IN range(0, n) |
            CASE
              WHEN NOT c.moved THEN c
              ELSE [l IN [[v IN range(0, n - 1) |
                    CASE
                      WHEN st.alive[v] THEN reduce(m = c.l[v], u IN into[v] | CASE WHEN st.alive[u] AND c.l[u] < m THEN c.l[u] ELSE m END)
                      ELSE -1
                    END]] | {l: l, moved: l <> c.l}][0]
            END).l] |
          [placed IN [reduce(f = {in: [v IN range(0, n - 1) | st.alive[v] AND colour[v] = v], moved: true}, step IN range(0, n) |
                CASE
                  WHEN NOT f.moved THEN f
                  ELSE [b IN [[v IN range(0, n - 1) |
                        f.in[v] OR (st.alive[v] AND any(w IN out[v] WHERE f.in[w] AND colour[w] = colour[v]))]] |
                      {in: b, moved: b <> f.in}][0]
                END).in] |
            [rest IN [[v IN range(0, n - 1) | st.alive[v] AND NOT placed[v]]] |
              [alive IN [[v IN range(0, n - 1) | rest[v] AND any(w IN out[v] WHERE rest[w]) AND any(u IN into[v] WHERE rest[u])]] |
                {
                  alive: alive,
                  comp: [v IN range(0, n - 1) | CASE WHEN placed[v] THEN colour[v] ELSE st.comp[v] END],
                  left: any(x IN alive WHERE x)
                }][0]][0]][0]][0]
    END).comp AS comp
}
// Per component, the citations of its members: inside it or out of it. A component with a
// citation inside has two outlets or more (nobody cites itself here).
UNWIND indexed AS e
WITH comp[e.i] AS group, e, e.j >= 0 AND comp[e.j] = comp[e.i] AS inside
WITH group,
  collect(CASE WHEN inside THEN e END) AS inside,
  count(DISTINCT e.from) AS size,
  sum(CASE WHEN inside THEN e.docs ELSE 0 END) AS internal,
  sum(CASE WHEN inside THEN 0 ELSE e.docs END) AS external
WHERE size(inside) > 0
WITH inside, size, internal, external, toFloat(internal) / (internal + external) AS closure
WHERE closure >= $minShare
RETURN reduce(acc = [], e IN inside | CASE WHEN e.fromName IN acc THEN acc ELSE acc + e.fromName END) AS outlets,
  size,
  [e IN inside | e.fromName + ' → ' + e.toName + ' (' + e.docs + ')'] AS citations,
  internal,
  external,
  round(closure, 2) AS closure
ORDER BY closure DESC, size DESC
LIMIT $limit
