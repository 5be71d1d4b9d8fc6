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
// Groups are the connected components of items and the keys they share, found by numbering both
// and spreading the smallest item number along shared keys to a fixed point: each round is linear
// in items and keys (a list index is a constant-time read, a grouping a hash), and rounds are as
// few as the items' chains of shared keys are long. Comparing every item with every group built
// so far instead grows as the square of the claim's outlets.
// Values used many times below are bound by CALL subqueries: a WITH projection may be inlined by
// the planner where it is used, and evaluated again at each use.
// Per key, by number, the items naming it.
CALL (items) {
  UNWIND range(0, size(items) - 1) AS i
  UNWIND items[i].keys AS k
  WITH k, collect(i) AS named
  RETURN collect(named) AS keyItems
}
// Per item, by number, the numbers of its keys (every item has one: its first).
CALL (keyItems) {
  UNWIND range(0, size(keyItems) - 1) AS k
  UNWIND keyItems[k] AS i
  WITH i, collect(k) AS ks
  ORDER BY i
  RETURN collect(ks) AS itemKeys
}
// Each round a key takes the smallest label of its items, then an item the smallest of its keys',
// then the label of its label (which halves chains). Labels only fall and stay within a group, so
// at the fixed point every item of a group has the group's smallest number; at most one round per
// item is ever needed.
CALL (keyItems, itemKeys) {
  WITH size(itemKeys) AS n
  WITH n, reduce(st = {label: range(0, n - 1), moved: true}, round IN range(0, n) |
    CASE
      WHEN NOT st.moved THEN st
      ELSE [byKey IN [[its IN keyItems | reduce(low = n, i IN its | CASE WHEN st.label[i] < low THEN st.label[i] ELSE low END)]] |
          [spread IN [[i IN range(0, n - 1) |
              reduce(low = st.label[i], k IN itemKeys[i] | CASE WHEN byKey[k] < low THEN byKey[k] ELSE low END)]] |
            [label IN [[i IN range(0, n - 1) | spread[spread[i]]]] | {label: label, moved: label <> st.label}][0]][0]][0]
    END).label AS label
  // A group's label is its smallest item, which is its own label.
  RETURN label, size([i IN range(0, n - 1) WHERE label[i] = i]) AS independentOrigins
}
UNWIND range(0, size(items) - 1) AS i
WITH independentOrigins, label[i] AS group, items[i] AS item
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
// The names credited, each at its first place (document, then credit); read from the credits alone:
// rows reading the group's documents out of `docs` each count the whole list against the
// transaction's memory (out of memory on a 4 958-mention claim).
CALL (docs) {
  WITH [x IN docs | x.credits] AS credits
  UNWIND range(0, size(credits) - 1) AS i
  UNWIND range(0, size(credits[i]) - 1) AS j
  WITH credits[i][j].name AS name, min(i * 1000000 + j) AS first
  WITH name
  ORDER BY first
  RETURN collect(name) AS namedAsSource
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
  namedAsSource,
  size(outlets) >= 2 AND all(x IN docs WHERE size(x.credits) > 0 AND all(cr IN x.credits WHERE cr.key IN publishers)) AS circular
ORDER BY firstAt, firstOutlet
