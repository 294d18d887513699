// Retention: deletes up to $limit change events older than $before that were published (or, when $unpublished,
// also those never published: no publisher is configured). Returns how many went.
MATCH (e:ChangeEvent)
WHERE e.at < $before AND ($unpublished OR e.publishedAt IS NOT NULL)
WITH e LIMIT $limit
DETACH DELETE e
RETURN count(*) AS purged
