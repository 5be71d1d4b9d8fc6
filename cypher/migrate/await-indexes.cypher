// await-indexes: waits (up to 300 s) for every index to be online, so a load that follows uses them. No params.
CALL db.awaitIndexes(300)
