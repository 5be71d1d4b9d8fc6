// Question: How many independent origins does a claim really have, once reprints, relays and
// citation chains are collapsed?
//
// Two documents asserting the claim share an origin when they are tied, directly or through other
// documents, by: the same publisher; the same speaker or relay (an actor publishing as an outlet
// counts as that outlet); a reprint of the same document or source; a citation of an outlet that
// carried the claim. Each group of tied documents is one origin: one row per origin.
//
// Parameters:
//   $claim  string, required  the claim's id (find it with the `claims` query)
//
// Columns:
//   independentOrigins  how many independent origins the claim has (the same on every row)
//   origin              who the earliest document of this group attributes the claim to
//   firstOutlet         the outlet that carried it first in this group
//   firstAt             when
//   documents           how many documents assert it in this group
//   outlets             the group's outlets, in order of first report
//   namedAsSource       speakers, relays and reprinted sources the group's documents name
//   circular            true when every document credits another outlet of the same group and
//                       nobody outside it: outlets only citing each other
//
// Example:
//   :param claim => 'clm-…'
//   npm run cypher -- independence --claim clm-…
MATCH (c:Claim {id: $claim})<-[:OF]-(m:Mention {stance: 'asserted'})<-[:HAS_MENTION]-(d:Document)
WHERE coalesce(m.reviewed, '') <> 'rejected'
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
WITH d, s, collect(m) AS ms
WITH d, s, ms,
  // Whom the document's mentions of the claim credit (speaker and relays), as outlets where they publish.
  COLLECT {
    UNWIND ms AS m
    MATCH (m)-[:BY|VIA]->(x)
    OPTIONAL MATCH (x)-[:PUBLISHES_AS]->(p:Source)
    RETURN DISTINCT {key: coalesce(p.id, x.id), name: coalesce(p.name, x.name)} AS credit
  } +
  // What the whole document copies.
  COLLECT {
    MATCH (d)-[:CITES {kind: 'reprint'}]->(x)
    OPTIONAL MATCH (x)-[:PUBLISHES_AS]->(p:Source)
    RETURN {key: coalesce(p.id, x.id), name: coalesce(p.name, x.name)} AS credit
    UNION
    MATCH (d)-[:REPRINTS]->(e:Document)
    OPTIONAL MATCH (e)-[:PUBLISHED_BY]->(p:Source)
    RETURN {key: coalesce(p.id, e.id), name: coalesce(p.name, e.title)} AS credit
  } AS credits,
  // Outlets the document cites for anything: they tie it to others only where they carried the claim.
  COLLECT {
    MATCH (d)-[:CITES {kind: 'attribution'}]->(x)
    OPTIONAL MATCH (x)-[:PUBLISHES_AS]->(p:Source)
    WITH coalesce(p, x) AS outlet WHERE outlet:Source
    RETURN DISTINCT {key: outlet.id, name: outlet.name} AS credit
  } AS cited
WITH d, s, ms, cited, [x IN credits WHERE x.key <> coalesce(s.id, '')] AS credits
WITH collect({d: d, s: s, ms: ms, cited: cited, credits: credits}) AS rows, collect(DISTINCT s.id) AS publishers
UNWIND rows AS r
WITH r.d AS d, r.s AS s, r.ms AS ms,
  r.credits + [x IN r.cited WHERE x.key IN publishers AND x.key <> coalesce(r.s.id, '') AND NOT x IN r.credits] AS credits
WITH d, s, ms, credits,
  // What ties the document to others: its publisher and whom it credits (the document itself
  // when it has no publisher, so that a reprint of it still ties to it).
  reduce(ks = [], k IN [coalesce(s.id, d.id)] + [x IN credits | x.key] | CASE WHEN k IN ks THEN ks ELSE ks + k END) AS keys
// A publisher's documents are tied to each other whatever else they credit: they enter the
// grouping as one item, with every key of theirs.
WITH keys[0] AS first,
  collect({id: d.id, at: d.publishedAt, publisher: s.id, outlet: s.name, ms: ms, credits: credits}) AS docs,
  collect(keys) AS keyLists
WITH first, docs, COLLECT { UNWIND keyLists AS ks UNWIND ks AS k RETURN DISTINCT k } AS keys
WITH collect({first: first, docs: docs, keys: keys}) AS items
// Union-find over keys in one pass: each item's keys join, and merge, every group sharing one.
// Groups stay disjoint, so merging is concatenation.
// Most items bring no new key: the groups are then left as they are, not rebuilt.
// Bound by a CALL subquery: a WITH projection may be inlined by the planner where it is used, and
// evaluated again at each use.
CALL (items) {
  RETURN reduce(groups = [], x IN items |
    CASE WHEN any(g IN groups WHERE all(k IN x.keys WHERE k IN g)) THEN groups
    ELSE [g IN groups WHERE none(k IN x.keys WHERE k IN g)] +
      [reduce(merged = [k IN x.keys WHERE none(g IN groups WHERE k IN g)], g IN [g IN groups WHERE any(k IN x.keys WHERE k IN g)] |
        merged + g)]
    END) AS groups
}
// An item belongs to the group holding its first key (its publisher).
UNWIND items AS item
WITH size(groups) AS independentOrigins, [i IN range(0, size(groups) - 1) WHERE item.first IN groups[i]][0] AS group, item
UNWIND item.docs AS x
WITH independentOrigins, group, x
ORDER BY x.at, x.id
WITH independentOrigins, group, collect(x) AS docs
CALL (docs) {
  UNWIND range(0, size(docs) - 1) AS i
  WITH docs[i].outlet AS outlet, min(i) AS first
  WHERE outlet IS NOT NULL
  WITH outlet ORDER BY first
  RETURN collect(outlet) AS outlets
}
CALL (docs) {
  UNWIND docs AS x
  WITH DISTINCT x.publisher AS publisher
  WHERE publisher IS NOT NULL
  RETURN collect(publisher) AS publishers
}
RETURN independentOrigins,
  // Who the group's earliest document says told it: the speaker and relays of its first mention.
  COLLECT {
    UNWIND docs[0].ms AS m
    MATCH (m)-[:BY]->(speaker)
    WITH m, speaker, COLLECT { MATCH (m)-[v:VIA]->(r) RETURN r.name ORDER BY v.position } AS relays
    RETURN speaker.name +
      CASE WHEN size(relays) = 0 THEN '' ELSE ' via ' + reduce(t = head(relays), r IN tail(relays) | t + ', ' + r) END AS told
    ORDER BY m.start
  }[0] AS origin,
  docs[0].outlet AS firstOutlet,
  docs[0].at AS firstAt,
  size(docs) AS documents,
  outlets,
  COLLECT {
    UNWIND range(0, size(docs) - 1) AS i
    UNWIND range(0, size(docs[i].credits) - 1) AS j
    WITH docs[i].credits[j].name AS name, min(i * 1000000 + j) AS first
    RETURN name ORDER BY first
  } AS namedAsSource,
  size(outlets) >= 2 AND all(x IN docs WHERE size(x.credits) > 0 AND all(cr IN x.credits WHERE cr.key IN publishers)) AS circular
ORDER BY firstAt, firstOutlet
