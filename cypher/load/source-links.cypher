// Per source, summaries of what its documents cite and copy, which the graph view reads instead
// of the documents. Rewritten whole for each source named.
// (:Source)-[:SOURCE_LINK {cites, citesFirst, reprints, reprintsFirst, copies, copiesFirst}]->(party):
//   cites / reprints: its documents citing the party (an Actor or a Source) by attribution / as a
//   reprint; copies: its documents that are copies (REPRINTS) of the party's documents. Counts are
//   documents; *First the earliest publication time among them. The source itself is left out.
//   documents / published: the dated documents behind the link (any kind, each once), by
//   publication time, with their times: what circular-sourcing counts, within its time window,
//   instead of reading every document (undated documents are left out, as there); dated: how many.
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
    WITH p, kind, count(DISTINCT d) AS n, min(d.publishedAt) AS first, collect(DISTINCT d) AS ds
    WITH p,
      sum(CASE kind WHEN 'cites' THEN n ELSE 0 END) AS cites, min(CASE kind WHEN 'cites' THEN first END) AS citesFirst,
      sum(CASE kind WHEN 'reprints' THEN n ELSE 0 END) AS reprints, min(CASE kind WHEN 'reprints' THEN first END) AS reprintsFirst,
      sum(CASE kind WHEN 'copies' THEN n ELSE 0 END) AS copies, min(CASE kind WHEN 'copies' THEN first END) AS copiesFirst,
      collect(ds) AS dss
    WITH p, cites, citesFirst, reprints, reprintsFirst, copies, copiesFirst,
      COLLECT {
        UNWIND dss AS ds
        UNWIND ds AS d
        WITH DISTINCT d
        WHERE d.publishedAt IS NOT NULL
        RETURN d ORDER BY d.publishedAt, d.id
      } AS dated
    CREATE (s)-[:SOURCE_LINK {cites: cites, citesFirst: citesFirst, reprints: reprints, reprintsFirst: reprintsFirst,
      copies: copies, copiesFirst: copiesFirst, dated: size(dated), documents: [d IN dated | d.id],
      published: [d IN dated | d.publishedAt]}]->(p)
  }
} IN TRANSACTIONS OF 200 ROWS
