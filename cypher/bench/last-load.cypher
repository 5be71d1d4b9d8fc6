// The latest completed ETL run's load figures (written by runs/finish), for bench/bulk-import.ts.
MATCH (r:EtlRun {status: 'completed'})
RETURN r.relationshipsCreated AS relationships, r.nodesCreated AS nodes, r.seconds AS seconds, r.startedAt AS at
ORDER BY r.startedAt DESC
LIMIT 1
