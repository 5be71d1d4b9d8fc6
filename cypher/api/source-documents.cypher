// source-documents: per source, how many documents it published and the first 100 of them by
// publication time. Params: $ids (source ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (s)<-[:PUBLISHED_BY]-(d:Document)
  WITH d ORDER BY d.publishedAt, d.file
  RETURN count(d) AS documentCount, collect(d.id)[..100] AS documents
}
RETURN s.id AS id, documentCount, documents
