package io.skein.console;

import io.skein.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL from the jar: React and GraphiQL come from WebJars, the page explains the demo keys. Replaces
 * Boot's page, whose scripts load from a CDN at run time. Off with {@code skein.graphiql.enabled=false}
 * (the 'prod' profile).
 */
@Controller
@ConditionalOnProperty(name = "skein.graphiql.enabled", havingValue = "true", matchIfMissing = true)
class GraphiqlPage {

	private final boolean demo;

	private final Role anonymousRole;

	GraphiqlPage(@Value("${skein.security.demo:false}") boolean demo,
			@Value("${skein.security.demo-anonymous-role:VIEWER}") Role anonymousRole) {
		this.demo = demo;
		this.anonymousRole = anonymousRole;
	}

	@GetMapping({ "/graphiql", "/graphiql/" })
	String graphiql(Model model) {
		model.addAttribute("demo", this.demo);
		model.addAttribute("anonymousRole", this.anonymousRole.name());
		model.addAttribute("roles", Role.values());
		return "graphiql";
	}

}
