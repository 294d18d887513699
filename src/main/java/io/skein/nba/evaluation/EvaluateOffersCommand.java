package io.skein.nba.evaluation;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.skein.cli.DataDirOption;
import io.skein.nba.NextBestOfferService;
import io.skein.nba.Offer;
import io.skein.purpose.PurposeService;
import io.skein.purpose.evaluation.GeneratedBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.stereotype.Component;

/**
 * {@code skein evaluate-offers}: generates a bank, hides one holding per customer with two or more
 * products, ingests the rest into an empty graph, recomputes purposes and offers as of the bank's date
 * and prints hit@3 of next-best offers against a popularity baseline (most held products not held).
 */
@Component
@Command(name = "evaluate-offers", mixinStandardHelpOptions = true,
		description = "Hide one holding per customer of a generated bank and measure hit@3 of next-best offers (needs an empty graph).")
class EvaluateOffersCommand implements Callable<Integer> {

	private final GeneratedBank banks;

	private final PurposeService purposes;

	private final NextBestOfferService offers;

	@Option(names = "--people", defaultValue = "1500")
	int people;

	@Option(names = "--seed", defaultValue = "7")
	long seed;

	@Option(names = "--as-of", defaultValue = "2026-11-15")
	LocalDate asOf;

	@Option(names = "--months", defaultValue = "6")
	int months;

	@Option(names = "--hide", defaultValue = "LATEST",
			description = "Which holding to hide: LATEST (the last opened, leave-last-out) or RANDOM (default ${DEFAULT-VALUE}).")
	HoldOut.Strategy hide;

	@Mixin
	DataDirOption dataDir;

	@Spec
	CommandSpec spec;

	EvaluateOffersCommand(GeneratedBank banks, PurposeService purposes, NextBestOfferService offers) {
		this.banks = banks;
		this.purposes = purposes;
		this.offers = offers;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		if (!this.purposes.graphIsEmpty()) {
			this.spec.commandLine().getErr().println("evaluate-offers needs an empty graph: pass --data-dir to a new directory");
			return 1;
		}
		GeneratedBank.Bank bank = this.banks.generate(this.people, this.seed, this.asOf, this.months);
		Map<String, HoldOut.Hidden> hidden = HoldOut.choose(bank.recordsByPerson(), this.hide, this.seed);
		Set<String> accounts = hidden.values().stream().map(HoldOut.Hidden::accountNumber).collect(Collectors.toSet());
		this.banks.load(HoldOut.records(bank.records(), accounts), HoldOut.events(bank.events(), accounts));
		this.purposes.recomputeAll(bank.asOf());
		Map<String, List<String>> customers = this.banks.customersOf(bank.recordsByPerson());
		int evaluated = 0;
		int hits = 0;
		int baselineHits = 0;
		int firstHits = 0;
		for (HoldOut.Hidden h : hidden.values()) {
			List<String> ids = customers.getOrDefault(h.personId(), List.of());
			if (ids.isEmpty()) {
				continue;
			}
			evaluated++;
			List<String> top = this.offers.nextBestOffers(ids.get(0), null, 3, bank.asOf()).stream()
				.map(o -> o.product().code()).toList();
			hits += top.contains(h.productCode()) ? 1 : 0;
			firstHits += !top.isEmpty() && top.get(0).equals(h.productCode()) ? 1 : 0;
			baselineHits += this.offers.popular(ids.get(0), 3).contains(h.productCode()) ? 1 : 0;
		}
		double hitAt3 = ratio(hits, evaluated);
		double baseline = ratio(baselineHits, evaluated);
		out.printf("offers: %d people, %d with a hidden holding (%s), as of %s%n", bank.recordsByPerson().size(),
				evaluated, this.hide, bank.asOf());
		out.printf("hit@3 next-best offers %.3f   hit@1 %.3f%n", hitAt3, ratio(firstHits, evaluated));
		out.printf("hit@3 popularity       %.3f%n", baseline);
		out.printf("lift over popularity   %.2fx%n", baseline == 0 ? 0 : hitAt3 / baseline);
		out.flush();
		return 0;
	}

	private static double ratio(long part, long whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

	static List<String> codes(List<Offer> offers) {
		return offers.stream().map(o -> o.product().code()).toList();
	}

}
