// Sources shared by every corpus: created once, rewritten only when the extraction says otherwise.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
WITH s, row
WHERE properties(s) <> row
SET s = row
