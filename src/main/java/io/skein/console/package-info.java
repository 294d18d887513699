/**
 * The front door for people: the steward and relationship-manager console ({@code /console}), GraphiQL
 * ({@code /graphiql}) and Neo4j Browser ({@code /browser}), every asset served from the jar (WebJars and
 * committed sources), nothing fetched from the internet. Pages are rendered here without data; their
 * scripts read and change everything through the public GraphQL API with the caller's own key or token,
 * so a page shows exactly what that caller may see (masks included) and offers only what it may do.
 */
package io.skein.console;
