package vn.plantrack.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.plantrack.reporting.ApiTokenAuthenticationFilter;
import vn.plantrack.reporting.ApiTokens;
import vn.plantrack.shared.security.RouteRules;

/**
 * Who may call what. Browsers log in with a form (CSRF on); API clients use HTTP Basic on /api/**
 * (no cookies needed, so no CSRF there). Every route has an explicit rule, declared by its feature as a
 * {@link RouteRules} bean; anything no feature declared is denied.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/**
	 * No Micrometer observation around each security filter, authentication and authorization: nothing reads
	 * them (only /actuator/health is exposed), and wrapping the dozen filters of every request was a visible
	 * share of /api/ping (bench/overview/profile.sh). The request itself is still observed once.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Spring Security's default firewall rules, with the character checks done by loops (FirewallCharacters). */
	@Bean
	WebSecurityCustomizer firewall() {
		return web -> web.httpFirewall(FirewallCharacters.firewall());
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<RouteRules> features, ApiTokens tokens) throws Exception {
		// system-to-system calls: "Authorization: Bearer ptk_..." (API tokens), before HTTP Basic
		http.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class);
		http.securityMatcher("/api/**").authorizeHttpRequests(rules -> {
			features.stream().filter(f -> f.chain() == RouteRules.Chain.API).forEach(f -> f.declare(rules));
			rules.anyRequest().denyAll();
		})
			.httpBasic(basic -> basic.authenticationEntryPoint(DatabaseOutageAuthentication.api()))
			// API calls carry their credentials each time and never use the browser's session, so CSRF (off
			// here) cannot be abused by a page a logged-in official happens to visit
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(csrf -> csrf.disable())
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, List<RouteRules> features) throws Exception {
		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
					"/actuator/health")
				.permitAll();
			features.stream().filter(f -> f.chain() == RouteRules.Chain.WEB).forEach(f -> f.declare(rules));
			rules.anyRequest().denyAll();
		})
			.formLogin(form -> form.loginPage("/login").successHandler(withCsrfTokenMade())
				.failureHandler(DatabaseOutageAuthentication.page()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Signed in: to the overview, with the session's CSRF token made now. Spring Security makes it when a page
	 * first needs it; the pages a browser opens at once right after signing in (several tabs, a restored window)
	 * then each made one and raced to store it, and a form posted later could carry a token the session no
	 * longer held (403). Made here, every later page reads the one stored token and writes nothing.
	 */
	private static AuthenticationSuccessHandler withCsrfTokenMade() {
		SavedRequestAwareAuthenticationSuccessHandler toOverview = new SavedRequestAwareAuthenticationSuccessHandler();
		toOverview.setDefaultTargetUrl("/");
		toOverview.setAlwaysUseDefaultTargetUrl(true);
		return (request, response, authentication) -> {
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken(); // a deferred token is generated and saved in the session by this call
			}
			toOverview.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny());
	}
}
