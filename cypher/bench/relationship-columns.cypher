// The property columns of each relationship type, with their stored types, for bench/bulk-import.ts.
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
RETURN relType AS type, propertyName AS name, propertyTypes AS types
