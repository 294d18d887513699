package io.skein.audit;

import io.skein.graphql.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@QueryMapping
	Connection<AuditEntry> auditLog(@Argument Integer first, @Argument String after, @Argument String actor,
			@Argument String action) {
		return this.log.page(first, after, actor, action);
	}

}
