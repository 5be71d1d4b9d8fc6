// applied: the schema files already applied, with the checksum of the text that ran. No params.
MATCH (m:Migration)
RETURN m.version AS version, m.checksum AS checksum
