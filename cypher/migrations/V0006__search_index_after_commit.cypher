// Full-text search is brought up to date just after each commit instead of inside it: refreshing the
// Lucene index in the commit path cost every ingest a tenth of its time. Searches wait for pending
// updates (customer/search), so a record is still found as soon as its ingest has returned.
// The first index (customer_search, refreshed in the commit) is replaced once, then this is a no-op.
DROP INDEX customer_search IF EXISTS;
CREATE FULLTEXT INDEX customer_search_v2 IF NOT EXISTS FOR (r:SourceRecord) ON EACH [r.fullName, r.firstName, r.lastName, r.email, r.phone]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
