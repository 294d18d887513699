package io.skein.demo;

import java.nio.file.Path;
import java.util.List;

/** What a generation produced. {@code files} is empty when a sink other than files received it. */
public record GenerationSummary(long people, long records, long events, long purposes, List<Path> files) {

	String oneLine() {
		return "Generated " + this.people + " people, " + this.records + " records, " + this.events + " events, "
				+ this.purposes + " planted purposes" + (this.files.isEmpty() ? "" : " into " + this.files);
	}

}
