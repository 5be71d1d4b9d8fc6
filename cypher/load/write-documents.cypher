// loadHash is the fingerprint of everything the document contributes: written in the same
// transaction as those contributions, so a document with a matching loadHash is fully loaded.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.publishedAt = datetime(row.publishedAt), d.loadHash = row.loadHash
WITH d, row
WHERE row.source IS NOT NULL
MATCH (s:Source {id: row.source})
CREATE (d)-[:PUBLISHED_BY]->(s)
