MATCH (c:Customer {status: 'ACTIVE'}) RETURN count(c) AS n
