package vn.plantrack.tracking;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the reminder digests every morning (07:00 Vietnam time unless plantrack.reminders.cron says
 * otherwise) when plantrack.reminders.enabled=true. Every node may run it: the digest table keeps it to one
 * mail per agency per day.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "plantrack.reminders.enabled", havingValue = "true")
class ReminderSchedule {

	private final ReminderDigests digests;

	ReminderSchedule(ReminderDigests digests) {
		this.digests = digests;
	}

	@Scheduled(cron = "${plantrack.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void sendDailyDigests() {
		digests.sendDue();
	}
}
