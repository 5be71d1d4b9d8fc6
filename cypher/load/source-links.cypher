// Per source, summaries of what its documents cite and copy, which the graph view reads instead
// of the documents. Rewritten whole for each source named.
// (:Source)-[:SOURCE_LINK {cites, citesFirst, reprints, reprintsFirst, copies, copiesFirst}]->(party):
//   cites / reprints: its documents citing the party (an Actor or a Source) by attribution / as a
//   reprint; copies: its documents that are copies (REPRINTS) of the party's documents. Counts are
//   documents; *First the earliest publication time among them. The source itself is left out.
// $sources: the source ids to refresh, or null for all.
MATCH (s:Source)
WHERE $sources IS NULL OR s.id IN $sources
CALL (s) {
  CALL (s) {
    MATCH (s)-[r:SOURCE_LINK]->()
    DELETE r
  }
  CALL (s) {
    CALL (s) {
      MATCH (s)<-[:PUBLISHED_BY]-(d:Document)-[ct:CITES]->(p)
      WHERE p <> s
      RETURN p, CASE ct.kind WHEN 'reprint' THEN 'reprints' ELSE 'cites' END AS kind, d
      UNION
      MATCH (s)<-[:PUBLISHED_BY]-(d:Document)-[:REPRINTS]->(:Document)-[:PUBLISHED_BY]->(p:Source)
      WHERE p <> s
      RETURN p, 'copies' AS kind, d
    }
    WITH p, kind, count(DISTINCT d) AS n, min(d.publishedAt) AS first
    WITH p,
      sum(CASE kind WHEN 'cites' THEN n ELSE 0 END) AS cites, min(CASE kind WHEN 'cites' THEN first END) AS citesFirst,
      sum(CASE kind WHEN 'reprints' THEN n ELSE 0 END) AS reprints, min(CASE kind WHEN 'reprints' THEN first END) AS reprintsFirst,
      sum(CASE kind WHEN 'copies' THEN n ELSE 0 END) AS copies, min(CASE kind WHEN 'copies' THEN first END) AS copiesFirst
    CREATE (s)-[:SOURCE_LINK {cites: cites, citesFirst: citesFirst, reprints: reprints, reprintsFirst: reprintsFirst,
      copies: copies, copiesFirst: copiesFirst}]->(p)
  }
} IN TRANSACTIONS OF 200 ROWS
