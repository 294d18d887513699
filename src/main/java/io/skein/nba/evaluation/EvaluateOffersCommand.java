package io.skein.nba.evaluation;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.skein.nba.NextBestOfferService;
import io.skein.purpose.evaluation.BankOptions;
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
 * and prints hit@3 of next-best offers against a popularity baseline (most held products not held), in
 * all and per hidden product.
 */
@Component
@Command(name = "evaluate-offers", mixinStandardHelpOptions = true,
		description = "Hide one holding per customer of a generated bank and measure hit@3 of next-best offers (needs an empty graph).")
class EvaluateOffersCommand implements Callable<Integer> {

	private final GeneratedBank banks;

	private final NextBestOfferService offers;

	@Option(names = "--hide", defaultValue = "LATEST",
			description = "Which holding to hide: LATEST (the last opened, leave-last-out) or RANDOM (default ${DEFAULT-VALUE}).")
	HoldOut.Strategy hide;

	@Mixin
	BankOptions bank;

	@Spec
	CommandSpec spec;

	EvaluateOffersCommand(GeneratedBank banks, NextBestOfferService offers) {
		this.banks = banks;
		this.offers = offers;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		AtomicReference<Map<String, HoldOut.Hidden>> hidden = new AtomicReference<>();
		Optional<GeneratedBank.Loaded> loaded = this.banks.loadFresh(this.bank.generator(), bank -> {
			hidden.set(HoldOut.choose(bank.recordsByPerson(), this.hide, this.bank.seed()));
			Set<String> accounts = hidden.get().values().stream().map(HoldOut.Hidden::accountNumber)
				.collect(Collectors.toSet());
			return bank.with(HoldOut.records(bank.records(), accounts), HoldOut.events(bank.events(), accounts));
		});
		if (loaded.isEmpty()) {
			this.spec.commandLine().getErr().println("evaluate-offers needs an empty graph: pass --data-dir to a new directory");
			return 1;
		}
		GeneratedBank.Bank bank = loaded.get().bank();
		Hits hits = new Hits();
		for (HoldOut.Hidden h : hidden.get().values()) {
			List<String> ids = loaded.get().customers().getOrDefault(h.personId(), List.of());
			if (!ids.isEmpty()) {
				List<String> offered = this.offers
					.nextBestOffers(ids.get(0), null, NextBestOfferService.MAX_OFFERS, bank.asOf())
					.stream()
					.map(o -> o.product().code())
					.toList();
				hits.add(h.productCode(), offered, this.offers.popular(ids.get(0), NextBestOfferService.MAX_OFFERS));
			}
		}
		out.printf("offers: %d people, %d with a hidden holding (%s), as of %s%n", bank.recordsByPerson().size(),
				hits.customers(), this.hide, bank.asOf());
		out.printf("hit@3 next-best offers %.3f   hit@1 %.3f%n", hits.hitAt3(), hits.hitAt1());
		out.printf("hit@3 popularity       %.3f%n", hits.baseline());
		out.printf("lift over popularity   %.2fx%n", hits.baseline() == 0 ? 0 : hits.hitAt3() / hits.baseline());
		out.printf("(hit@3 of the three most popular products the customer is eligible for: %.3f)%n",
				hits.eligibleBaseline());
		out.println();
		hits.print(out);
		out.flush();
		return 0;
	}

}
