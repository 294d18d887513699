// Customers in all, and those with facts (index on factAccounts): when they differ, some need facts.
CALL () { MATCH (c:Customer) RETURN count(c) AS customers }
CALL () { MATCH (c:Customer) WHERE c.factAccounts IS NOT NULL RETURN count(c) AS withFacts }
RETURN customers, withFacts
