package io.skein.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordSourcesTest {

	@TempDir
	Path dir;

	@Test
	void readsNdjsonByExtension() throws IOException {
		for (String name : List.of("a.ndjson", "b.JSONL", "c.json")) {
			Path file = Files.writeString(this.dir.resolve(name), "{\"x\":1}\n");
			RecordSources.check(List.of(file), null);
			try (RecordSource source = RecordSources.open(file, null)) {
				assertThat(source.next().json()).containsEntry("x", 1);
			}
		}
	}

	@Test
	void aCsvFileNeedsAMapping() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("people.csv"), "id,email\n");
		assertThatThrownBy(() -> RecordSources.check(List.of(csv), null)).isInstanceOf(ImportFailedException.class)
			.hasMessageContaining("people.csv").hasMessageContaining("--mapping");
	}

	@Test
	void anUnknownMappingFailsBeforeAnythingIsRead() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("people.csv"), "id,email\n");
		assertThatThrownBy(() -> RecordSources.check(List.of(csv), "crm")).isInstanceOf(ImportFailedException.class)
			.hasMessageContaining("--mapping crm");
		RecordSources.check(List.of(csv), "febrl");
	}

	@Test
	void failsOnAMissingFileOrAnUnknownTypeBeforeAnythingIsRead() throws IOException {
		Path good = Files.writeString(this.dir.resolve("ok.ndjson"), "{}\n");
		Path txt = Files.writeString(this.dir.resolve("notes.txt"), "hello\n");
		assertThatThrownBy(() -> RecordSources.check(List.of(good, this.dir.resolve("gone.ndjson")), null))
			.hasMessageContaining("gone.ndjson: no such file");
		assertThatThrownBy(() -> RecordSources.check(List.of(good, txt), null))
			.hasMessageContaining("notes.txt: unknown file type");
		assertThatThrownBy(() -> RecordSources.check(List.of(this.dir), null))
			.hasMessageContaining("not a readable file");
	}

}
