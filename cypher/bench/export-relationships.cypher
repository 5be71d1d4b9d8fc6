// Every relationship with its ends and properties, for bench/bulk-import.ts.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
