// document-texts: slices of documents' texts (only fetched when a client asks for them), so a huge
// text never leaves Neo4j whole. Params: $slices (list of {key, id, start, length}).
UNWIND $slices AS s
MATCH (d:Document {id: s.id})
WITH s, coalesce(d.text, '') AS text
RETURN s.key AS id, substring(text, s.start, s.length) AS text, size(text) AS length
