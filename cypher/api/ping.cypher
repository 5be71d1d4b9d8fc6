// ping: proves the database answers (the /health check). No params.
RETURN 1 AS ok
