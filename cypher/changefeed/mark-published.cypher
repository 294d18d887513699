// Marks change events published once the broker acknowledged them. Marking twice is harmless.
UNWIND $ids AS id
MATCH (e:ChangeEvent {id: id})
SET e.publishedAt = coalesce(e.publishedAt, $now)
REMOVE e:PendingChange
RETURN count(e) AS marked
