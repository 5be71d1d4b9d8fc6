// Whether a SOURCE_LINK summary predates the list of documents behind it (written by source-links
// since circular-sourcing reads it): then the load rewrites every source's summaries.
RETURN EXISTS { MATCH ()-[l:SOURCE_LINK]->() WHERE l.dated IS NULL } AS stale
