package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * The OpenAPI description (/v3/api-docs) and Swagger UI, for people integrating other systems: open to
 * signed-in users (form login). They live outside /api/**, so in the web chain.
 */
@Component
class TokenApiDocsRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.WEB;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.authenticated();
	}
}
