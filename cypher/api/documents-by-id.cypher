// documents-by-id: document metadata and publisher, without the text (see document-texts).
// Params: $ids (document ids).
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
RETURN d {.id, .file, .title, .url, .publishedAt, .language, source: s.id} AS document
