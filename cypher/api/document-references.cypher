// document-references: whom each document cites (actors and sources, with where) and which
// documents of the corpus it reprints. Params: $ids (document ids).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id,
  [(d)-[c:CITES]->(p) | {
    party: {id: p.id, name: p.name, kind: p.kind, type: CASE WHEN p:Actor THEN 'ACTOR' ELSE 'SOURCE' END},
    kind: c.kind, start: c.start, end: c.end
  }] AS cites,
  [(d)-[:REPRINTS]->(o:Document) | o.id] AS reprints
