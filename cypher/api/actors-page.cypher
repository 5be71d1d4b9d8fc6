// actors-page: one page of actors by name, optionally those whose name or an alias contains
// $search (case-insensitive), with the total. Params: $search (string or null), $skip, $limit.
MATCH (a:Actor)
WHERE $search IS NULL
  OR toLower(a.name) CONTAINS toLower($search)
  OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($search))
WITH a ORDER BY toLower(a.name), a.id
WITH collect(a) AS matching
RETURN size(matching) AS total, [a IN matching[$skip..($skip + $limit)] | a.id] AS ids
