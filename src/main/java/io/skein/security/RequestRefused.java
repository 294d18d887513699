package io.skein.security;

/**
 * Published when an HTTP request is refused before it reaches GraphQL (401 or 403). Holds no secret:
 * {@code principal} is the revoked key's name and id, the subject a bearer token claims (unverified, as
 * presented), the signed-in principal for a 403, or {@code anonymous}.
 *
 * @param principal who the request presented itself as
 * @param method how it tried to authenticate: {@code api-key}, {@code jwt} or {@code none}
 * @param reason why it was refused, from a fixed vocabulary (e.g. {@code unknown API key})
 * @param status the HTTP status answered
 * @param path the request path
 * @param remoteAddress the address the request came from
 */
public record RequestRefused(String principal, String method, String reason, int status, String path,
		String remoteAddress) {
}
