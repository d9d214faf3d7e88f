package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * Consolidated reports are read by the monitoring office and the leadership; data-entry workbooks are
 * fetched and sent back by a REPORTER for its own agency (checked in the controller) or by the MONITOR.
 */
@Component
class ReportApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/documents/*/report")
			.hasAnyRole("MONITOR", "LEADER")
			.requestMatchers(HttpMethod.GET, "/api/documents/*/workbook")
			.hasAnyRole("MONITOR", "REPORTER")
			.requestMatchers(HttpMethod.POST, "/api/submissions/workbook")
			.hasAnyRole("MONITOR", "REPORTER")
			// calendar programs cannot log in: the secret token in the URL is the credential
			.requestMatchers(HttpMethod.GET, "/api/calendar/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/agencies/*/calendar-feeds")
			.hasAnyRole("MONITOR", "REPORTER")
			.requestMatchers(HttpMethod.DELETE, "/api/calendar-feeds/*")
			.hasAnyRole("MONITOR", "REPORTER");
	}
}
