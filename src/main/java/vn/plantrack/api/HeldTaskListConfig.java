package vn.plantrack.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link HeldTaskListFilter} on GET /api/tasks only, after the security filters (order -100). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class HeldTaskListConfig {

	@Bean
	FilterRegistrationBean<HeldTaskListFilter> heldTaskListFilter(TaskListAnswers answers, ApiActors actors) {
		FilterRegistrationBean<HeldTaskListFilter> registration = new FilterRegistrationBean<>(
				new HeldTaskListFilter(answers, actors));
		registration.addUrlPatterns("/api/tasks");
		registration.setOrder(0);
		return registration;
	}
}
