// Every node with its labels and properties, for bench/bulk-import.ts (the graph written to CSV for
// neo4j-admin database import). Node ids are element ids: what the relationships refer to.
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
