// Question: Where did a claim first appear, and through whom did it reach each later outlet?
//
// Parameters:
//   $claim  string, required  the claim's id (find it with the `claims` query)
//
// Columns:
//   step         0 for the earliest mention, then 1, 2, … in order of publication
//   publishedAt  when the document carrying the mention was published
//   delayHours   hours after the earliest mention
//   outlet       who published the document
//   stance       asserted or denied
//   chain        the relay chain as the document tells it, origin first: speaker → relays → outlet
//   relayedFrom  outlets that reported the claim earlier and that this mention draws on: its document
//                reprints or cites them, or it names them (or an actor publishing as them) as
//                speaker or relay
//   citesLater   outlets of the corpus named as its source that had not reported the claim by
//                then (they did later, or never): a sign of circular sourcing
//   evidence     the words that carry the claim
//   document     the document's id; evidence is at [start, end) of its text
//   start        offset of the evidence in the document's text (UTF-16 code units)
//   end          end of the evidence (exclusive)
//
// Example:
//   :param claim => 'clm-…'
//   npm run cypher -- origin --claim clm-…
//
// Documents without a publication date sort last and have no delay.
MATCH (c:Claim {id: $claim})<-[:OF]-(m:Mention)<-[:HAS_MENTION]-(d:Document)
// A mention an analyst rejected is no evidence (cypher/README.md, reviews).
WHERE coalesce(m.reviewed, '') <> 'rejected'
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
OPTIONAL MATCH (m)-[:BY]->(speaker)
WITH m, d, s, speaker,
  COLLECT { MATCH (m)-[v:VIA]->(r) RETURN r.name ORDER BY v.position } AS relays,
  // What the mention draws on, as outlets: a speaker or relay that is a source or publishes as one,
  // and whatever the whole document copies or credits.
  COLLECT {
    MATCH (m)-[:BY|VIA]->(x:Source) RETURN x AS source
    UNION
    MATCH (m)-[:BY|VIA]->(:Actor)-[:PUBLISHES_AS]->(x:Source) RETURN x AS source
    UNION
    MATCH (d)-[:CITES]->(x:Source) RETURN x AS source
    UNION
    MATCH (d)-[:CITES]->(:Actor)-[:PUBLISHES_AS]->(x:Source) RETURN x AS source
    UNION
    MATCH (d)-[:REPRINTS]->(:Document)-[:PUBLISHED_BY]->(x:Source) RETURN x AS source
  } AS sources
WITH m, d, s, speaker, relays,
  [x IN sources | {id: x.id, name: x.name, publishes: EXISTS { (x)<-[:PUBLISHED_BY]-(:Document) }}] AS drawsOn
ORDER BY d.publishedAt, d.id, m.start
WITH collect({m: m, d: d, at: d.publishedAt, outletId: s.id, outlet: s.name, speaker: speaker.name,
  relays: relays, drawsOn: drawsOn}) AS rows
// Each outlet's first report of the claim: what "earlier" and "later" are measured against.
WITH rows, COLLECT {
  MATCH (:Claim {id: $claim})-[rep:REPORTED_BY]->(s:Source)
  WITH s, min(rep.at) AS at
  RETURN {id: s.id, name: s.name, at: at} AS first
} AS firsts
// Each row keeps only its own entry: carrying the whole list along would be counted once per row.
UNWIND range(0, size(rows) - 1) AS step
WITH firsts, rows[0].at AS originAt, step, rows[step] AS r
WITH originAt, step, r,
  [f IN firsts WHERE f.id IN [x IN r.drawsOn | x.id] AND f.id <> r.outletId AND f.at < r.at | f.name] AS from,
  // Named outlets of the corpus that had not carried the claim by then: they did later, or never.
  [x IN r.drawsOn WHERE x.publishes AND x.id <> r.outletId AND NOT any(f IN firsts WHERE f.id = x.id AND f.at <= r.at) | x.name] AS later,
  [x IN [r.speaker] + reverse(r.relays) + [r.outlet] WHERE x IS NOT NULL] AS links
RETURN step,
  r.at AS publishedAt,
  round(duration.inSeconds(originAt, r.at).seconds / 3600.0, 1) AS delayHours,
  r.outlet AS outlet,
  r.m.stance AS stance,
  // Join the links with arrows, dropping a repeat (an outlet speaking in its own voice).
  reduce(chain = head(links), i IN range(1, size(links) - 1) |
    CASE WHEN links[i] = links[i - 1] THEN chain ELSE chain + ' → ' + links[i] END) AS chain,
  from AS relayedFrom,
  later AS citesLater,
  r.m.evidence AS evidence,
  r.d.id AS document,
  r.m.start AS start,
  r.m.end AS end
ORDER BY step
