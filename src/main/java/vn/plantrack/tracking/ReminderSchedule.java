package vn.plantrack.tracking;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the reminder digests every hour from 07:00 to 11:00 Vietnam time (plantrack.reminders.cron) when
 * plantrack.reminders.enabled=true. Every node may run it: the digest table keeps it to one mail per agency
 * per day, so the later runs only retry digests whose sending failed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "plantrack.reminders.enabled", havingValue = "true")
class ReminderSchedule {

	private final ReminderDigests digests;

	ReminderSchedule(ReminderDigests digests) {
		this.digests = digests;
	}

	@Scheduled(cron = "${plantrack.reminders.cron:0 0 7-11 * * *}", zone = "Asia/Ho_Chi_Minh")
	void sendDailyDigests() {
		digests.sendDue();
	}
}
