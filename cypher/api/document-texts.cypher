// document-texts: the full text of documents (only fetched when a client asks for it).
// Params: $ids (document ids).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, coalesce(d.text, '') AS text
