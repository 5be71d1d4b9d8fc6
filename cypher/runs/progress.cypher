// progress: how many of a running load's documents are written, for whoever watches it. Params: $run, $done.
MATCH (r:EtlRun {id: $run})
SET r.documentsWritten = $done
