package io.skein.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 text file written line by line (every line ends in {@code \n}), buffered, for generated banks. */
public final class LineFile implements AutoCloseable {

	private final Writer writer;

	public LineFile(Path file) {
		try {
			this.writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void line(String text) {
		try {
			this.writer.write(text);
			this.writer.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
