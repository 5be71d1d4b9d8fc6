// record: a schema file has run in full. Params: $version, $name, $checksum.
MERGE (m:Migration {version: $version})
  ON CREATE SET m.name = $name, m.appliedAt = datetime(), m.checksum = $checksum
