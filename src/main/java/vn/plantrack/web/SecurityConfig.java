package vn.plantrack.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what. Browsers log in with a form (CSRF on); API clients use HTTP Basic on /api/**
 * (no cookies needed, so no CSRF there). Every route has an explicit rule; anything unlisted is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/documents", "/api/documents/*")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/documents/*/extraction")
				.hasAnyRole("MONITOR", "ADMIN", "LEADER")
			.requestMatchers(HttpMethod.POST, "/api/documents", "/api/documents/*/confirm")
				.hasAnyRole("MONITOR", "ADMIN")
			// tracking: reads are open to every signed-in user, rows are filtered per agency in the services
			.requestMatchers(HttpMethod.GET, "/api/agencies", "/api/agencies/resolve", "/api/tasks", "/api/tasks/*",
					"/api/tasks/*/responsible", "/api/cycles", "/api/cycles/*", "/api/cycles/*/submissions",
					"/api/cycles/*/timeliness", "/api/submissions/*", "/api/indicators/*/observations",
					"/api/tasks/*/explanations")
				.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/agencies/decisions")
				.hasAnyRole("MONITOR", "LEADER")
			.requestMatchers(HttpMethod.POST, "/api/agencies", "/api/agencies/*/aliases", "/api/agencies/successions")
				.hasAnyRole("ADMIN", "MONITOR")
			.requestMatchers(HttpMethod.POST, "/api/tasks/*/status", "/api/tasks/*/progress", "/api/cycles/*/submissions",
					"/api/submissions/*/submit", "/api/indicators/*/observations")
				.hasAnyRole("MONITOR", "REPORTER")
			.requestMatchers(HttpMethod.POST, "/api/explanations/*/answer")
				.hasRole("REPORTER")
			.requestMatchers(HttpMethod.POST, "/api/tasks/*/reassign", "/api/cycles", "/api/cycles/schedules",
					"/api/submissions/*/return", "/api/submissions/*/accept", "/api/tasks/*/explanations")
				.hasRole("MONITOR")
				.anyRequest()
				.denyAll())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health")
			.permitAll()
			.requestMatchers("/documents/upload")
			.hasAnyRole("MONITOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/", "/documents", "/documents/*")
			.authenticated()
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/documents", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(this::headers);
		return http.build();
	}

	private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny());
	}
}
