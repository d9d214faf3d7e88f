package vn.plantrack.investment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application clock with one the tests move. */
@TestConfiguration(proxyBeanMethods = false)
class InvestmentTestTime {

	@Bean
	@Primary
	SettableClock settableClock() {
		return new SettableClock();
	}
}
