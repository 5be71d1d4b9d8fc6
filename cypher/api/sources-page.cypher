// sources-page: one page of sources by name, with the total. Params: $skip, $limit.
MATCH (s:Source)
WITH s ORDER BY toLower(s.name), s.id
WITH collect(s) AS matching
RETURN size(matching) AS total, [s IN matching[$skip..($skip + $limit)] | s.id] AS ids
