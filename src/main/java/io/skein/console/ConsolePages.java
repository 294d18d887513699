package io.skein.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The console's pages. Each is a server-rendered frame (navigation, headings, labelled forms and empty
 * regions) plus one ES module that fills it through {@code /graphql} with the credentials the user gave
 * on the page (kept in the tab's session storage, sent as {@code X-Api-Key} or a bearer token).
 */
@Controller
class ConsolePages {

	@GetMapping({ "/console", "/console/" })
	String search(Model model) {
		return page(model, "search", "Customers");
	}

	@GetMapping("/console/customers/{id}")
	String customer(@PathVariable String id, Model model) {
		model.addAttribute("customerId", id);
		return page(model, "customer", "Customer 360");
	}

	@GetMapping("/console/review")
	String review(Model model) {
		return page(model, "review", "Review queue");
	}

	@GetMapping("/console/audit")
	String audit(Model model) {
		return page(model, "audit", "Audit trail");
	}

	@GetMapping("/console/quality")
	String quality(Model model) {
		return page(model, "quality", "Data quality");
	}

	private static String page(Model model, String name, String title) {
		model.addAttribute("page", name);
		model.addAttribute("title", title);
		return "console/" + name;
	}

}
