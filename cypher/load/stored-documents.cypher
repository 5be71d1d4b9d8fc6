// What is already loaded: this corpus's documents, and any document with an id the load writes.
MATCH (d:Document {corpus: $corpus})
RETURN d.id AS id, d.loadHash AS loadHash, d.corpus AS corpus
UNION
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.loadHash AS loadHash, d.corpus AS corpus
