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
// Anchored on the Document.publishedAt index: documents without a publication date are left out.
MATCH (d:Document)
WHERE d.publishedAt >= coalesce($since, datetime('0001-01-01T00:00:00Z'))
  AND d.publishedAt < coalesce($until, datetime('9999-12-31T23:59:59Z'))
MATCH (d)-[:PUBLISHED_BY]->(a:Source)
CALL (d) {
  MATCH (d)-[:CITES]->(x:Source) RETURN x.id AS cited, x.name AS name
  UNION
  MATCH (d)-[:CITES]->(x:Actor) OPTIONAL MATCH (x)-[:PUBLISHES_AS]->(p:Source)
  RETURN coalesce(p.id, x.id) AS cited, coalesce(p.name, x.name) AS name
  UNION
  MATCH (d)-[:REPRINTS]->(:Document)-[:PUBLISHED_BY]->(x:Source) RETURN x.id AS cited, x.name AS name
}
WITH a, cited, name, count(DISTINCT d) AS docs
// An outlet crediting itself (its own voice, its press office) is not a citation.
WHERE cited <> a.id
WITH collect({from: a.id, fromName: a.name, to: cited, toName: name, docs: docs}) AS cites
WITH cites, reduce(acc = [], e IN cites | CASE WHEN e.from IN acc THEN acc ELSE acc + e.from END) AS outlets
// Adjacency by position in `outlets`, so a hop is a list lookup rather than a scan of every citation.
WITH cites, outlets,
  [o IN outlets | [e IN cites WHERE e.from = o AND e.to IN outlets | [i IN range(0, size(outlets) - 1) WHERE outlets[i] = e.to][0]]] AS out
WITH cites, outlets, out,
  [i IN range(0, size(outlets) - 1) |
    reduce(seen = [i], hop IN range(1, $maxHops) |
      seen + reduce(nw = [], j IN seen | nw + [k IN out[j] WHERE NOT k IN seen AND NOT k IN nw]))] AS reach
// A group is a strongly connected set: the outlets that i reaches and that reach i, listed in
// position order so that every member yields the same list.
WITH cites, outlets,
  [i IN range(0, size(outlets) - 1) | [j IN range(0, size(outlets) - 1) WHERE j IN reach[i] AND i IN reach[j]]] AS sccs
UNWIND range(0, size(sccs) - 1) AS i
WITH cites, outlets, sccs[i] AS scc, i
// Each group once: from its first member.
WHERE size(scc) >= 2 AND scc[0] = i
WITH cites, [j IN scc | outlets[j]] AS members
WITH members,
  [e IN cites WHERE e.from IN members AND e.to IN members] AS inside,
  [e IN cites WHERE e.from IN members AND NOT e.to IN members] AS outside
WITH members, inside, outside,
  reduce(n = 0, e IN inside | n + e.docs) AS internal,
  reduce(n = 0, e IN outside | n + e.docs) AS external
WITH members, inside, internal, external, toFloat(internal) / (internal + external) AS closure
WHERE closure >= $minShare
RETURN reduce(acc = [], e IN inside | CASE WHEN e.fromName IN acc THEN acc ELSE acc + e.fromName END) AS outlets,
  size(members) AS size,
  [e IN inside | e.fromName + ' → ' + e.toName + ' (' + e.docs + ')'] AS citations,
  internal,
  external,
  round(closure, 2) AS closure
ORDER BY closure DESC, size DESC
LIMIT $limit
