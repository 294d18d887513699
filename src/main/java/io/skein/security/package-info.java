/**
 * Who may call Skein and what each caller may see. Callers authenticate with an API key
 * ({@code X-Api-Key}, stored only as its SHA-256 in {@code (:ApiKey)}) or an OAuth2 JWT bearer token;
 * either way they get {@link io.skein.security.Role roles}. One {@link io.skein.security.AccessPolicy}
 * maps every {@code Type.field} of the GraphQL schema to the role it needs and the mask applied below
 * that role, enforced by one graphql-java instrumentation, so controllers carry no security code and
 * a root field nobody mapped is denied. Requests refused before GraphQL are counted and published as
 * {@link io.skein.security.RequestRefused} for the audit log. The package also owns the request limits (depth, complexity,
 * page and batch size, body size, execution time) under {@code skein.graphql.limits}.
 */
package io.skein.security;
