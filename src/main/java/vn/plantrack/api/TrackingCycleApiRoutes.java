package vn.plantrack.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.plantrack.shared.security.RouteRules;

/**
 * The working-day calendar, the reminder digests and the indicators' lead agencies: reads for everybody signed in
 * (a REPORTER sees only its own agency's reminders), changes to the calendar and the reminder job for a MONITOR or
 * an ADMIN, the indicator decision queue for MONITOR and LEADER, decisions for a MONITOR.
 */
@Component
class TrackingCycleApiRoutes implements RouteRules {

	@Override
	public Chain chain() {
		return Chain.API;
	}

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/non-working-days")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/non-working-days")
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.DELETE, "/api/non-working-days/*")
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/api/reminders", "/api/reminders/sent")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/reminders/run")
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/api/indicators/decisions")
			.hasAnyRole("MONITOR", "LEADER")
			.requestMatchers(HttpMethod.GET, "/api/indicators/*/responsible")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/indicators/*/reassign")
			.hasRole("MONITOR");
	}
}
