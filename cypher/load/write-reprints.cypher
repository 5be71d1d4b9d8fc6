// The reprinted document may be written by a later batch: MERGE a placeholder in this corpus,
// which has no loadHash and so counts as not yet loaded until its own batch commits.
UNWIND $rows AS row
MATCH (d:Document {id: row.from})
MERGE (original:Document {id: row.to})
  ON CREATE SET original.corpus = $corpus
CREATE (d)-[:REPRINTS]->(original)
