package vn.plantrack.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/** Document pages: everyone signed in reads; MONITOR and ADMIN upload. */
@Component
class DocumentRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.WEB;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/documents/upload")
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/", "/documents", "/documents/*")
			.authenticated();
	}
}
