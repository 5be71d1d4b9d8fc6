// Question: Which groups of outlets only cite each other?
//
// A group is a set of outlets that all reach each other through citations ("according to X",
// a quote relayed from X, a reprint of X's story): a citation cycle. Its closure is the share of
// its members' citations that stay inside the group; 1 means they cite nobody else.
//
// Parameters:
//   $since     datetime = null  only documents published at or after this time (null: no bound)
//   $until     datetime = null  only documents published before this time (null: no bound)
//   $minShare  float = 0.75     report groups whose closure is at least this (1.0: they cite nobody
//                               else; the default allows the odd eyewitness or official)
//   $maxHops   integer = 6      longest citation cycle looked for
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
//   :param maxHops => 6
//   :param limit => 50
//   npm run cypher -- circular-sourcing --min-share 0.8
//
// Read from the load's CREDITS summaries (one edge per outlet and whom its documents credit, with
// those documents' publication times), so the cost grows with outlets and their links rather than
// with documents; documents without a publication date are left out.
WITH coalesce($since, datetime('0001-01-01T00:00:00Z')) AS since, coalesce($until, datetime('9999-12-31T23:59:59Z')) AS until
// Only an outlet that credits another outlet and is credited by one (in the window) can be in a cycle.
MATCH (a:Source)-[r:CREDITS]->(:Source)
WHERE any(t IN r.at WHERE t >= since AND t < until)
  AND EXISTS { MATCH (a)<-[q:CREDITS]-(:Source) WHERE any(t IN q.at WHERE t >= since AND t < until) }
WITH DISTINCT a, since, until
// Whom each reaches through citations within $maxHops hops, breadth first: citations flow towards
// primary sources, so these sets stay small however many outlets there are.
WITH a, since, until,
  reduce(st = {seen: [a], frontier: [a]}, hop IN range(1, $maxHops) |
    reduce(next = {seen: st.seen, frontier: []}, n IN st.frontier |
      reduce(acc = next, m IN [(n)-[r:CREDITS]->(m:Source) WHERE any(t IN r.at WHERE t >= since AND t < until) | m] |
        CASE WHEN m IN acc.seen THEN acc ELSE {seen: acc.seen + m, frontier: acc.frontier + m} END))).seen AS reach
UNWIND reach AS b
WITH a, b, since, until WHERE a <> b
// Two outlets are in one group when each reaches the other: the pair is then found from both ends.
WITH CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END AS pair, count(*) AS directions, since, until
WHERE directions = 2
UNWIND [[pair[0], pair[1]], [pair[1], pair[0]]] AS p
WITH p[0] AS a, collect(p[1]) AS others, since, until
// Each group once: from its member with the smallest id.
WHERE all(x IN others WHERE a.id < x.id)
WITH [a] + others AS members, since, until
CALL (members, since, until) {
  UNWIND members AS m
  MATCH (m)-[r:CREDITS]->(x)
  WITH m, x, size([t IN r.at WHERE t >= since AND t < until]) AS docs
  WHERE docs > 0
  RETURN collect({fromName: m.name, toName: x.name, docs: docs, inside: x IN members}) AS cites
}
WITH members, [e IN cites WHERE e.inside] AS inside, [e IN cites WHERE NOT e.inside] AS outside
WITH members, inside,
  reduce(n = 0, e IN inside | n + e.docs) AS internal,
  reduce(n = 0, e IN outside | n + e.docs) AS external
WITH members, inside, internal, external, toFloat(internal) / (internal + external) AS closure
WHERE closure >= $minShare
RETURN COLLECT { UNWIND members AS m RETURN m.name ORDER BY m.name } AS outlets,
  size(members) AS size,
  COLLECT { UNWIND inside AS e RETURN e.fromName + ' → ' + e.toName + ' (' + e.docs + ')' AS c ORDER BY c } AS citations,
  internal,
  external,
  round(closure, 2) AS closure
ORDER BY closure DESC, size DESC
LIMIT $limit
