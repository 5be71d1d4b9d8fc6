// Question: Which claims do different outlets attribute to different speakers?
//
// Parameters:
//   $since        datetime = null  only documents published at or after this time (null: no bound)
//   $until        datetime = null  only documents published before this time (null: no bound)
//   $minSpeakers  integer = 2      report a claim when at least this many different speakers assert it
//   $limit        integer = 50     at most this many claims
//
// Columns:
//   claim         the claim's id
//   text          its canonical wording
//   speakers      the distinct speakers it is attributed to ("(own voice)" when an outlet states it
//                 as fact, naming nobody)
//   attributions  each outlet with the speaker it names: "Outlet: speaker [via relays]"
//   outlets       how many outlets assert it
//   firstSeen     when it first appeared
//
// Example:
//   :param since => null
//   :param until => null
//   :param minSpeakers => 2
//   :param limit => 50
//   npm run cypher -- attribution-drift --min-speakers 3
//
// Anchored on the Document.publishedAt index: documents without a publication date are left out.
MATCH (d:Document)
WHERE d.publishedAt >= coalesce($since, datetime('0001-01-01T00:00:00Z'))
  AND d.publishedAt < coalesce($until, datetime('9999-12-31T23:59:59Z'))
MATCH (d)-[:HAS_MENTION]->(m:Mention {stance: 'asserted'})-[:OF]->(c:Claim)
WHERE coalesce(m.reviewed, '') <> 'rejected'
MATCH (d)-[:PUBLISHED_BY]->(s:Source)
OPTIONAL MATCH (m)-[:BY]->(speaker)
// An outlet speaking in its own voice names nobody: that is an attribution too (a dropped one).
WITH c, s, m,
  CASE WHEN EXISTS { (speaker)-[:PUBLISHES_AS]->(s) } OR speaker = s THEN '(own voice)'
       ELSE coalesce(speaker.name, '?') END AS said
// First pick the claims, cheaply; spell out the attributions of those only.
WITH c, collect(DISTINCT said) AS speakers, count(DISTINCT s) AS outlets, collect({m: m, s: s, said: said}) AS uses
WHERE size(speakers) >= $minSpeakers AND outlets >= 2
WITH c, speakers, outlets, uses ORDER BY size(speakers) DESC, outlets DESC, c.firstSeen, c.id LIMIT $limit
UNWIND uses AS use
WITH c, speakers, outlets, use.m AS m, use.s AS s, use.said AS said
WITH c, speakers, outlets, s, said, COLLECT { MATCH (m)-[v:VIA]->(r) RETURN r.name ORDER BY v.position } AS relays
WITH c, speakers, outlets,
  collect(DISTINCT s.name + ': ' + said +
    CASE WHEN size(relays) = 0 THEN '' ELSE ' via ' + reduce(t = head(relays), x IN tail(relays) | t + ', ' + x) END) AS attributions
RETURN c.id AS claim, c.text AS text, speakers, attributions, outlets, c.firstSeen AS firstSeen
ORDER BY size(speakers) DESC, outlets DESC, firstSeen, claim
