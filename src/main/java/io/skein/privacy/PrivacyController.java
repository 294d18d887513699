package io.skein.privacy;

import java.util.Map;

import io.skein.security.Callers;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PrivacyController {

	private final ErasureService erasure;

	private final CustomerDataExport export;

	PrivacyController(ErasureService erasure, CustomerDataExport export) {
		this.erasure = erasure;
		this.export = export;
	}

	@MutationMapping
	Erasure eraseCustomer(@Argument String id, @Argument String reason, DataFetchingEnvironment env) {
		return this.erasure.erase(id, reason, Callers.of(env.getGraphQlContext()).principal());
	}

	@QueryMapping
	Map<String, Object> exportCustomerData(@Argument String id) {
		return this.export.export(id);
	}

}
