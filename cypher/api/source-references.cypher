// source-references: per source, whom its documents cite (attribution) and whose stories they
// copy (reprint citations of a source, or REPRINTS of another source's document), counted in
// documents, most first. Params: $ids (source ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (s)<-[:PUBLISHED_BY]-(d:Document)-[c:CITES]->(p)
  WHERE c.kind <> 'reprint' AND p <> s
  WITH p, count(DISTINCT d) AS n
  ORDER BY n DESC, p.name
  RETURN collect({party: {id: p.id, name: p.name, kind: p.kind, type: CASE WHEN p:Actor THEN 'ACTOR' ELSE 'SOURCE' END}, count: n}) AS cites
}
CALL (s) {
  CALL (s) {
    MATCH (s)<-[:PUBLISHED_BY]-(d:Document)-[c:CITES {kind: 'reprint'}]->(p:Source)
    RETURN d, p AS other
    UNION
    MATCH (s)<-[:PUBLISHED_BY]-(d:Document)-[c:CITES {kind: 'reprint'}]->(:Actor)-[:PUBLISHES_AS]->(p:Source)
    RETURN d, p AS other
    UNION
    MATCH (s)<-[:PUBLISHED_BY]-(d:Document)-[:REPRINTS]->(:Document)-[:PUBLISHED_BY]->(p:Source)
    RETURN d, p AS other
  }
  WITH other, count(DISTINCT d) AS n
  WHERE other <> s
  ORDER BY n DESC, other.name
  RETURN collect({source: other.id, count: n}) AS reprints
}
RETURN s.id AS id, cites, reprints
