// await-fulltext: waits until the full-text indexes see what the load wrote, so a search right after finds it. No params.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
