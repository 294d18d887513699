// Which of the given customer ids exist.
UNWIND $ids AS wanted
MATCH (c:Customer {id: wanted})
RETURN c.id AS id
