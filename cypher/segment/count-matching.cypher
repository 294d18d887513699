// How many active customers match the rule placeholder now, without changing membership (a preview).
MATCH (c:Customer {status: 'ACTIVE'})
WHERE __RULE__
RETURN count(c) AS n
