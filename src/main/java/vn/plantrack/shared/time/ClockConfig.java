package vn.plantrack.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is a dependency: every deadline and overdue check asks this clock; tests replace it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

	/** Deadlines in the documents are Vietnamese calendar dates. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VIETNAM);
	}
}
