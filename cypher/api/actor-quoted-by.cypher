// actor-quoted-by: per actor, how many mentions it speaks in and the outlets whose documents
// have it speak, with how many mentions each. Params: $ids (actor ids).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)<-[:BY]-(m:Mention)<-[:HAS_MENTION]-(d:Document)
  WHERE coalesce(m.reviewed, '') <> 'rejected'
  OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
  WITH s, count(m) AS n
  ORDER BY n DESC, s.name
  RETURN sum(n) AS mentionCount, collect(CASE WHEN s IS NOT NULL THEN {source: s.id, count: n} END) AS quotedBy
}
RETURN a.id AS id, mentionCount, quotedBy
