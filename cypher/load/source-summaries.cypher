// Per source that published documents, what the graph view shows of it without reading them, on a
// self-loop (:Source)-[:PUBLICATIONS {documents, first}]->(the same source): how many documents and
// the earliest publication time among them (absent when none is dated). A relationship, not
// properties of the Source, which upsert-sources rewrites from the extraction; it goes when its
// source goes. A source that published nothing (only cited) has none. Rewritten whole for each
// source named. $sources: the source ids to refresh, or null for all.
MATCH (s:Source)
WHERE $sources IS NULL OR s.id IN $sources
CALL (s) {
  CALL (s) {
    MATCH (s)-[p:PUBLICATIONS]->(s)
    DELETE p
  }
  MATCH (s)<-[:PUBLISHED_BY]-(d:Document)
  WITH s, count(d) AS documents, min(d.publishedAt) AS first
  CREATE (s)-[:PUBLICATIONS {documents: documents, first: first}]->(s)
} IN TRANSACTIONS OF 500 ROWS
