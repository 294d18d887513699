package io.skein.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the Neo4j the tests run on. {@code -Dskein.test.neo4j=container} asks for a Neo4j 5.26
 * container and gets one when Docker answers; otherwise (the default, and whenever Docker is missing)
 * the tests run on the embedded store in a fresh temporary directory. Tests never skip for want of
 * Docker: they run on embedded Neo4j instead. {@code -Dskein.test.neo4j=server} runs them on a Neo4j
 * server in a child JVM ({@link Neo4jServerProcess}), one per test JVM, authentication on, reached as an
 * external server through {@code spring.neo4j.uri}; a server that cannot start fails the tests.
 */
public class TestNeo4j implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(TestNeo4j.class);

	private static Map<String, Object> container;

	/**
	 * Embedded test stores live in memory (tmpfs) when the machine has room there: a commit's log force is
	 * then nearly free, and the suite's thousands of small transactions stop waiting on the disk. Durability
	 * is not what these tests check (the kill and restart tests run their own processes on disk stores), and
	 * {@code -Dskein.test.memory-store=false} puts the stores back on disk. A small /dev/shm (Docker's default
	 * is 64 MB) is left alone.
	 */
	static final String MEMORY_FILE_SYSTEM = "/dev/shm";

	static final long MEMORY_STORE_MIN_FREE = 4L << 30;

	/** A test class that changes the application's configuration (a second context) sets this to get its own store. */
	public static final String SEPARATE_STORE = "skein.test.separate-store";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> chosen = properties();
		if (Boolean.parseBoolean(context.getEnvironment().getProperty(SEPARATE_STORE)) && chosen.containsKey("skein.data-dir")) {
			chosen = embedded();
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testNeo4j", chosen));
	}

	private static Map<String, Object> server;

	private static synchronized Map<String, Object> properties() {
		if (wantsServer()) {
			if (server == null) {
				Neo4jServerProcess process = Neo4jServerProcess.start();
				server = Map.of("spring.neo4j.uri", process.boltUri(), "spring.neo4j.authentication.username",
						process.username(), "spring.neo4j.authentication.password", process.password());
			}
			return server;
		}
		if (wantsContainer() && dockerAvailable()) {
			if (container == null) {
				container = container();
			}
			return container;
		}
		return embedded();
	}

	/** True when the tests of this JVM run on a Neo4j server process. */
	public static boolean wantsServer() {
		return "server".equalsIgnoreCase(System.getProperty("skein.test.neo4j", "embedded"));
	}

	private static boolean wantsContainer() {
		return "container".equalsIgnoreCase(System.getProperty("skein.test.neo4j", "embedded"));
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // lives as long as the test JVM; Ryuk removes it
	private static Map<String, Object> container() {
		Neo4jContainer<?> neo4j = new Neo4jContainer<>("neo4j:5.26");
		neo4j.start();
		log.info("Tests run on a Neo4j container at {}", neo4j.getBoltUrl());
		return Map.of("spring.neo4j.uri", neo4j.getBoltUrl(), "spring.neo4j.authentication.username", "neo4j",
				"spring.neo4j.authentication.password", neo4j.getAdminPassword());
	}

	/** Where an embedded test store lives: see {@link #MEMORY_FILE_SYSTEM}. */
	static Path storeParent() {
		Path memory = Path.of(MEMORY_FILE_SYSTEM);
		try {
			if (!"false".equals(System.getProperty("skein.test.memory-store")) && Files.isDirectory(memory)
					&& Files.isWritable(memory) && Files.getFileStore(memory).getUsableSpace() >= MEMORY_STORE_MIN_FREE) {
				return memory;
			}
		}
		catch (IOException ex) {
			log.debug("{} unusable for test stores: {}", MEMORY_FILE_SYSTEM, ex.getMessage());
		}
		return Path.of(System.getProperty("java.io.tmpdir"));
	}

	private static Map<String, Object> embedded() {
		if (wantsContainer()) {
			log.warn("A Neo4j container was asked for but Docker is not reachable: running on embedded Neo4j");
		}
		try {
			Path dir = Files.createTempDirectory(storeParent(), "skein-test-neo4j");
			// the test JVM's last act: its stores would otherwise fill /tmp run after run
			Runtime.getRuntime().addShutdownHook(new Thread(
					() -> org.springframework.util.FileSystemUtils.deleteRecursively(dir.toFile()), "test-store-removal"));
			return Map.of("skein.data-dir", dir.toString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
