// Steward actions after the given one, not undone, touching any of the given customers.
MATCH (a:StewardAction)
WHERE a.at > $at AND a.undoneBy IS NULL AND a.type <> 'UNDO' AND a.id <> $id
  AND any(c IN a.customerIds WHERE c IN $customerIds)
RETURN a.id AS id
ORDER BY a.at DESC
LIMIT 1
