// The product catalogue as the graph knows it.
MATCH (p:Product)
RETURN p.code AS code, p.name AS name, p.category AS category
ORDER BY code
