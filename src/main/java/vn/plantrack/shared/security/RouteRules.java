package vn.plantrack.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The access rules of one feature's routes. Each feature declares its own as a bean; the security
 * configuration applies all of them, then denies every route nobody declared. Rules are matched in the
 * order declared, so a feature lists its specific paths before its wildcards.
 */
public interface RouteRules {

	/** API routes use HTTP Basic and no CSRF; web routes use the login form and CSRF. */
	enum Chain {
		API, WEB
	}

	Chain chain();

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
