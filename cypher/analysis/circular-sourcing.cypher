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
// The citing outlets in the order read: an outlet's place in `outlets` is its number below.
WITH a, collect({to: cited.id, toName: cited.name, docs: docs}) AS cites
WITH collect({id: a.id, name: a.name, cites: cites}) AS outlets
// Values used many times below are bound by CALL subqueries: a WITH projection may be inlined by
// the planner where it is used, and evaluated again at each use.
// The citations from one citing outlet to another, as [from, to, place in from's cites] by number:
// each party cited is matched to the outlet with its id by grouping on the id (a hash). Most cited
// parties (officials, agencies, outlets citing nobody) cite nobody, so they are in no cycle and
// only count in their citers' totals.
CALL (outlets) {
  UNWIND range(0, size(outlets) - 1) AS i
  UNWIND [{id: outlets[i].id, self: i}] +
    [k IN range(0, size(outlets[i].cites) - 1) | {id: outlets[i].cites[k].to, from: i, k: k}] AS x
  WITH x.id AS id, collect(x) AS xs
  WITH [x IN xs WHERE x.self IS NOT NULL | x.self] AS self, xs
  WHERE size(self) > 0
  UNWIND xs AS x
  WITH self[0] AS j, x
  WHERE x.from IS NOT NULL
  RETURN collect([x.from, j, x.k]) AS links
}
// Adjacency lists by number, out and in; every outlet gets a list, empty or not.
CALL (outlets, links) {
  UNWIND [l IN links | [l[0], l[1]]] + [v IN range(0, size(outlets) - 1) | [v, -1]] AS pair
  WITH pair[0] AS v, collect(pair[1]) AS ws
  ORDER BY v
  RETURN collect([w IN ws WHERE w >= 0]) AS out
}
CALL (outlets, links) {
  UNWIND [l IN links | [l[1], l[0]]] + [v IN range(0, size(outlets) - 1) | [v, -1]] AS pair
  WITH pair[0] AS v, collect(pair[1]) AS ws
  ORDER BY v
  RETURN collect([w IN ws WHERE w >= 0]) AS into
}
WITH outlets, links, out, into, size(outlets) AS n
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
// Per component, the citations inside it, in the order read (a component with one has two outlets
// or more: nobody cites itself here), and those of its members to anyone else.
UNWIND links AS l
WITH outlets, comp, l
WHERE comp[l[0]] = comp[l[1]]
WITH outlets, comp[l[0]] AS group, l
ORDER BY l[0], l[2]
WITH outlets, group, collect(l) AS inside
// In that order a member's citations are next to each other.
WITH outlets, inside,
  [k IN range(0, size(inside) - 1) WHERE k = 0 OR inside[k][0] <> inside[k - 1][0] | inside[k][0]] AS members
WITH outlets, inside, members,
  [l IN inside | {from: outlets[l[0]].name, toName: outlets[l[0]].cites[l[2]].toName, docs: outlets[l[0]].cites[l[2]].docs}] AS citations,
  reduce(n = 0, m IN members | n + reduce(d = 0, e IN outlets[m].cites | d + e.docs)) AS total
WITH [m IN members | outlets[m].name] AS names, size(members) AS size, citations,
  reduce(d = 0, e IN citations | d + e.docs) AS internal, total
WITH names, size, citations, internal, total - internal AS external, toFloat(internal) / total AS closure
WHERE closure >= $minShare
RETURN names AS outlets,
  size,
  [e IN citations | e.from + ' → ' + e.toName + ' (' + e.docs + ')'] AS citations,
  internal,
  external,
  round(closure, 2) AS closure
ORDER BY closure DESC, size DESC
LIMIT $limit
