// Question: Which claims are asserted by some and denied by others, by whom, and when?
//
// Parameters:
//   $since  datetime = null  count only mentions published at or after this time (null: no bound)
//   $until  datetime = null  count only mentions published before this time (null: no bound)
//   $limit  integer = 50     at most this many claims, those reported by the most outlets
//
// Columns:
//   claim             the claim's id
//   text              its canonical wording
//   assertedBy        who asserts it, with whoever relayed it ("Joe Biden via Kremlin")
//   deniedBy          who denies it, likewise
//   assertingOutlets  outlets that carried an assertion
//   denyingOutlets    outlets that carried a denial
//   firstAsserted     the earliest assertion
//   firstDenied       the earliest denial
//   assertions        how many mentions assert it
//   denials           how many mentions deny it
//
// Example:
//   :param since => datetime('2021-12-30T00:00:00Z')
//   :param until => null
//   :param limit => 50
//   npm run cypher -- contested-claims --since 2021-12-30
//
// Starts from the DENIED relationships (the relationship-type index), picks the $limit contested
// claims reported by the most outlets, and only then gathers both sides of those.
MATCH ()-[den:DENIED]->(c)
WHERE ($since IS NULL OR den.at >= $since) AND ($until IS NULL OR den.at < $until)
WITH DISTINCT c
WHERE c:Claim AND EXISTS {
  MATCH ()-[a:ASSERTED]->(c) WHERE ($since IS NULL OR a.at >= $since) AND ($until IS NULL OR a.at < $until)
}
WITH c ORDER BY c.outlets DESC, c.firstSeen, c.id LIMIT $limit
MATCH (c)<-[:OF]-(m:Mention)<-[:HAS_MENTION]-(d:Document)
WHERE ($since IS NULL OR m.at >= $since) AND ($until IS NULL OR m.at < $until) AND coalesce(m.reviewed, '') <> 'rejected'
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
OPTIONAL MATCH (m)-[:BY]->(speaker)
WITH c, m, s, speaker,
  COLLECT { MATCH (m)-[v:VIA]->(r) RETURN r.name ORDER BY v.position } AS relays
WITH c, m, s,
  coalesce(speaker.name, '?') +
    CASE WHEN size(relays) = 0 THEN '' ELSE ' via ' + reduce(t = head(relays), x IN tail(relays) | t + ', ' + x) END
    AS attribution
WITH c,
  collect(DISTINCT CASE WHEN m.stance = 'asserted' THEN attribution END) AS assertedBy,
  collect(DISTINCT CASE WHEN m.stance = 'denied' THEN attribution END) AS deniedBy,
  collect(DISTINCT CASE WHEN m.stance = 'asserted' THEN s.name END) AS assertingOutlets,
  collect(DISTINCT CASE WHEN m.stance = 'denied' THEN s.name END) AS denyingOutlets,
  min(CASE WHEN m.stance = 'asserted' THEN m.at END) AS firstAsserted,
  min(CASE WHEN m.stance = 'denied' THEN m.at END) AS firstDenied,
  count(CASE WHEN m.stance = 'asserted' THEN 1 END) AS assertions,
  count(CASE WHEN m.stance = 'denied' THEN 1 END) AS denials
WHERE assertions > 0 AND denials > 0
RETURN c.id AS claim,
  c.text AS text,
  assertedBy,
  deniedBy,
  assertingOutlets,
  denyingOutlets,
  firstAsserted,
  firstDenied,
  assertions,
  denials
ORDER BY c.outlets DESC, firstAsserted, claim
