// Claims: the text is the extraction's; the summary properties are the load's (claim-summaries).
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
WITH c, row
WHERE c.text IS NULL OR c.text <> row.text
SET c.text = row.text
