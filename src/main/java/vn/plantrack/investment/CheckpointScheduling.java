package vn.plantrack.investment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link CheckpointSchedule} every morning when {@code plantrack.investment.scheduled-checkpoints=true}.
 * Off by default, so a MONITOR decides when a list is frozen unless the installation opts in.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "plantrack.investment.scheduled-checkpoints", havingValue = "true")
class CheckpointScheduling {

	private final CheckpointSchedule schedule;

	CheckpointScheduling(CheckpointSchedule schedule) {
		this.schedule = schedule;
	}

	@Scheduled(cron = "${plantrack.investment.checkpoint-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
	void evaluateDue() {
		schedule.evaluateDue();
	}
}
