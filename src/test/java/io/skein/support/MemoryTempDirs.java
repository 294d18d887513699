package io.skein.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Every {@code @TempDir} of the suite (CLI stores, imports, child processes' data directories) goes where the
 * embedded test stores go: in memory when the machine has room there ({@link TestNeo4j#storeParent()}).
 * Declared as the default factory in {@code junit-platform.properties}.
 */
public class MemoryTempDirs implements TempDirFactory {

	@Override
	public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
		return Files.createTempDirectory(TestNeo4j.storeParent(), "junit");
	}

}
