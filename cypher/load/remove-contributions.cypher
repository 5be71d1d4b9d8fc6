// Removes everything these documents contributed: mentions, their edges, and the document's own
// links. The document node itself stays (it is rewritten or deleted by the caller).
UNWIND $rows AS id
CALL (id) {
  MATCH ()-[r:ASSERTED {document: id}]->()
  DELETE r
}
CALL (id) {
  MATCH ()-[r:DENIED {document: id}]->()
  DELETE r
}
CALL (id) {
  MATCH ()-[r:REPORTED_BY {document: id}]->()
  DELETE r
}
CALL (id) {
  MATCH (:Document {id: id})-[:HAS_MENTION]->(m:Mention)
  DETACH DELETE m
}
CALL (id) {
  MATCH (:Document {id: id})-[r:PUBLISHED_BY|CITES|REPRINTS]->()
  DELETE r
}
