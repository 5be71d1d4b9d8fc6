// start: records a new run. Params: $id, $corpus, $title (or null), $extractorVersion, $documents.
CREATE (r:EtlRun {id: $id, corpus: $corpus, startedAt: datetime(), status: 'running',
  extractorVersion: $extractorVersion, documents: $documents, documentsWritten: 0})
SET r.title = $title
