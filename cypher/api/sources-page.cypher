// sources-page: one page of sources by name, with the total. Params: $skip, $limit.
MATCH (s:Source)
WITH s ORDER BY toLower(s.name), s.id
WITH collect(s) AS all
RETURN size(all) AS total, [s IN all[$skip..($skip + $limit)] | s.id] AS ids
