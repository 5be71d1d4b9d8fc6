// source-documents: per source, its documents by publication time, at most 100.
// Params: $ids (source ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (s)<-[:PUBLISHED_BY]-(d:Document)
  WITH d ORDER BY d.publishedAt, d.file
  RETURN collect(d.id)[..100] AS documents
}
RETURN s.id AS id, documents
