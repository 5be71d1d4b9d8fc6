// documents-page: one page of documents by publication time, optionally of one source, with
// the total. Params: $sourceId (string or null), $skip, $limit.
MATCH (d:Document)
WHERE $sourceId IS NULL OR EXISTS { (d)-[:PUBLISHED_BY]->(:Source {id: $sourceId}) }
WITH d ORDER BY d.publishedAt, d.file, d.id
WITH collect(d) AS matching
RETURN size(matching) AS total, [d IN matching[$skip..($skip + $limit)] | d.id] AS ids
