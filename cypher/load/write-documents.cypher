// loadHash is the fingerprint of everything the document contributes: written in the same
// transaction as those contributions, so a document with a matching loadHash is fully loaded.
// Properties are named one by one (a null removes one the document no longer has).
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.file = row.file, d.title = row.title, d.url = row.url, d.language = row.language,
    d.contentHash = row.contentHash, d.corpus = row.corpus, d.text = row.text,
    d.extractorVersion = row.extractorVersion, d.publishedAt = datetime(row.publishedAt),
    d.loadHash = row.loadHash
WITH d, row
WHERE row.source IS NOT NULL
MATCH (s:Source {id: row.source})
CREATE (d)-[:PUBLISHED_BY]->(s)
