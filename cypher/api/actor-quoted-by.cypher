// actor-quoted-by: per actor, the outlets whose documents have it speak, with how many mentions.
// Params: $ids (actor ids).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)<-[:BY]-(m:Mention)<-[:HAS_MENTION]-(:Document)-[:PUBLISHED_BY]->(s:Source)
  WHERE coalesce(m.reviewed, '') <> 'rejected'
  WITH s, count(m) AS n
  ORDER BY n DESC, s.name
  RETURN collect({source: s.id, count: n}) AS quotedBy
}
RETURN a.id AS id, quotedBy
