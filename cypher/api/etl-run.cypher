// etl-run: one ETL run record by id. Params: $id.
MATCH (r:EtlRun {id: $id})
RETURN r {.*} AS run
