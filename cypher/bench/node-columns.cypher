// The property columns of each label set, with their stored types, for bench/bulk-import.ts.
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
RETURN nodeLabels AS labels, propertyName AS name, propertyTypes AS types
