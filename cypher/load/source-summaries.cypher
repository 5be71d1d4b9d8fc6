// Per source that published documents, what the graph view shows of it without reading them: how
// many (documents) and the earliest publication time among them (firstPublished, absent when none
// is dated). A source that published nothing (only cited) has neither. Written only where changed.
// $sources: the source ids to refresh, or null for all.
MATCH (s:Source)
WHERE $sources IS NULL OR s.id IN $sources
CALL (s) {
  OPTIONAL MATCH (s)<-[:PUBLISHED_BY]-(d:Document)
  WITH s, count(d) AS n, min(d.publishedAt) AS firstPublished
  WITH s, CASE WHEN n > 0 THEN n END AS documents, firstPublished
  WHERE NOT coalesce(s.documents = documents, s.documents IS NULL AND documents IS NULL)
    OR NOT coalesce(s.firstPublished = firstPublished, s.firstPublished IS NULL AND firstPublished IS NULL)
  SET s.documents = documents, s.firstPublished = firstPublished
} IN TRANSACTIONS OF 500 ROWS
