// previous-status: the status of a corpus's latest run (none for its first). Params: $corpus.
MATCH (r:EtlRun {corpus: $corpus})
RETURN r.status AS status
ORDER BY r.startedAt DESC
LIMIT 1
