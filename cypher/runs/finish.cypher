// finish: a run's outcome and figures. Params: $id, $props (status, errors, warnings, and the summary's counts or the error).
MATCH (r:EtlRun {id: $id})
SET r += $props, r.endedAt = datetime()
