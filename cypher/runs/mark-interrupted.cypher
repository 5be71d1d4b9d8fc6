// mark-interrupted: a run of the corpus still "running" when a new one starts was killed. Params: $corpus.
MATCH (r:EtlRun {corpus: $corpus, status: 'running'})
SET r.status = 'interrupted'
