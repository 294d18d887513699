// Precomputed customer facts for segment rules (io.skein.segment.CustomerFacts): which customers have them,
// which have gone stale, and range lookups on the portfolio and the latest activity.
CREATE INDEX customer_fact_accounts IF NOT EXISTS FOR (c:Customer) ON (c.factAccounts);
CREATE INDEX customer_facts_until IF NOT EXISTS FOR (c:Customer) ON (c.factsUntil);
CREATE INDEX customer_fact_portfolio IF NOT EXISTS FOR (c:Customer) ON (c.factPortfolio);
CREATE INDEX customer_fact_last_event IF NOT EXISTS FOR (c:Customer) ON (c.factLastEventAt);
