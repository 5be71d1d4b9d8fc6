// Applies each edge's latest review to the edge's current Mention, unless already applied.
// The first-class edge is rebuilt from the Mention: confirmed → confidence 1; re-attributed →
// from the named actor (the Mention's BY moves too; Mention.actor keeps the extracted speaker);
// rejected → no first-class edge (the Mention stays, marked). $edges: the edge ids, or null for all.
MATCH (r:Review)
WHERE $edges IS NULL OR r.edge IN $edges
WITH r ORDER BY r.at DESC, r.id DESC
WITH r.edge AS edge, head(collect(r)) AS r
MATCH (m:Mention {id: edge})
WHERE m.review IS NULL OR m.review <> r.id
MATCH (m)-[:OF]->(c:Claim)
MATCH (a:Actor {id: CASE r.decision WHEN 'reattribute' THEN r.actor ELSE m.actor END})
CALL (edge) {
  MATCH ()-[e:ASSERTED {id: edge}]->()
  DELETE e
}
CALL (edge) {
  MATCH ()-[e:DENIED {id: edge}]->()
  DELETE e
}
CALL (m) {
  MATCH (m)-[b:BY]->()
  DELETE b
}
CREATE (m)-[:BY]->(a)
WITH m, a, c, r, {confirm: 'confirmed', reject: 'rejected', reattribute: 'reattributed'}[r.decision] AS reviewed
SET m.review = r.id, m.reviewed = reviewed
WITH m, a, c, CASE reviewed WHEN 'rejected' THEN [] ELSE [1] END AS keep,
     m {.id, .document, .start, .end, .evidence, .at, .via, .cue, .extractorVersion, confidence: 1.0, reviewed: reviewed} AS props
FOREACH (_ IN CASE m.stance WHEN 'asserted' THEN keep ELSE [] END |
  CREATE (a)-[e:ASSERTED]->(c) SET e = props)
FOREACH (_ IN CASE m.stance WHEN 'denied' THEN keep ELSE [] END |
  CREATE (a)-[e:DENIED]->(c) SET e = props)
RETURN m.id AS edge, c.id AS claim
