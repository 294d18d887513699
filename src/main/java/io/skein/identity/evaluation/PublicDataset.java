package io.skein.identity.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A labelled public data set as the evaluation suite reads it: a shipped mapping and files relative to the
 * data-set folder ({@code ../shared/datasets} in this project's checkouts).
 */
public record PublicDataset(String name, String mapping, List<String> files) {

	/** Every set the suite evaluates, smallest first. */
	public static final List<PublicDataset> ALL = List.of(
			new PublicDataset("Febrl1", "febrl", List.of("febrl/dataset1.csv")),
			new PublicDataset("fake_1000", "splink_fake_1000", List.of("splink_fake_1000/fake_1000.csv")),
			new PublicDataset("Febrl2", "febrl", List.of("febrl/dataset2.csv")),
			new PublicDataset("Febrl3", "febrl", List.of("febrl/dataset3.csv")),
			new PublicDataset("ESSnet", "essnet", List.of("essnet/example1.csv", "essnet/example2.csv")),
			new PublicDataset("Febrl4", "febrl", List.of("febrl/dataset4a.csv", "febrl/dataset4b.csv")));

	public List<Path> paths(Path folder) {
		return this.files.stream().map(folder::resolve).toList();
	}

	public boolean presentIn(Path folder) {
		return paths(folder).stream().allMatch(Files::isRegularFile);
	}

	public static PublicDataset named(String name) {
		return ALL.stream()
			.filter(d -> d.name().equalsIgnoreCase(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No public data set named " + name));
	}

}
