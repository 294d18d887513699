package io.skein.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static assets: Neo4j Browser's files from its jar at {@code /browser/**} (cached, they are versioned by
 * name) and the browser's default {@code /favicon.ico} answered with the console's icon.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/console/favicon.svg");
	}

}
