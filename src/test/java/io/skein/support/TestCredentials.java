package io.skein.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.skein.security.ApiKeys;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Credentials for tests: a static ADMIN API key ({@link #ADMIN_KEY}, configured by its hash like a
 * bootstrap key in production) that {@link GraphQlHttp} sends by default, and an RSA key pair generated
 * per JVM whose public half the application's JWT decoder trusts
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), so tests sign their own tokens.
 */
public class TestCredentials implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The test admin key; it exists only in test configuration. */
	public static final String ADMIN_KEY = "sk_test_admin_key_for_tests_only";

	private static KeyPair keyPair;

	private static Path publicKeyFile;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testCredentials", Map.of(
				"skein.security.static-keys[0].name", "test-admin",
				"skein.security.static-keys[0].role", "ADMIN",
				"skein.security.static-keys[0].sha256", ApiKeys.sha256(ADMIN_KEY),
				"spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKeyFile())));
	}

	/** A bearer token signed with the test key pair, valid for five minutes. */
	public static String token(String subject, List<String> roles) {
		return token(subject, Map.of("roles", roles), Instant.now().plusSeconds(300));
	}

	/** A token signed by the trusted key; {@code expiresAt} null makes one without {@code exp}. */
	public static String token(String subject, Map<String, Object> claims, Instant expiresAt) {
		try {
			JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date());
			if (expiresAt != null) {
				builder.expirationTime(Date.from(expiresAt));
			}
			claims.forEach(builder::claim);
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) keyPair().getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token signed by a key the application does not trust. */
	public static String foreignToken(String subject, List<String> roles) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject(subject)
				.claim("roles", roles)
				.expirationTime(Date.from(Instant.now().plusSeconds(300)))
				.build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
			return jwt.serialize();
		}
		catch (NoSuchAlgorithmException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static synchronized KeyPair keyPair() {
		if (keyPair == null) {
			try {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				keyPair = generator.generateKeyPair();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return keyPair;
	}

	private static synchronized Path publicKeyFile() {
		if (publicKeyFile == null) {
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(keyPair().getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			try {
				publicKeyFile = Files.createTempFile("skein-test-jwt", ".pem");
				Files.writeString(publicKeyFile, pem);
				publicKeyFile.toFile().deleteOnExit();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return publicKeyFile;
	}

}
