// Drops every cached query plan, so each query is planned again on its next run against the store's statistics now.
CALL db.clearQueryCaches() YIELD value
RETURN value
