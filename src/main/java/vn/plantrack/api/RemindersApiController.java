package vn.plantrack.api;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.plantrack.tracking.ReminderDigests;

/**
 * The daily reminder digests: what goes out on a day, what went out, and the job run by hand. The job is
 * the same one the scheduler runs, so running it again on the same day sends nothing new.
 */
@RestController
@RequestMapping("/api/reminders")
@Tag(name = "Nhắc việc", description = "Thư nhắc việc hằng ngày cho các cơ quan: báo cáo sắp đến hạn, quá hạn, yêu cầu giải trình")
class RemindersApiController {

	private final ReminderDigests digests;

	private final ApiActors actors;

	private final Clock clock;

	RemindersApiController(ReminderDigests digests, ApiActors actors, Clock clock) {
		this.digests = digests;
		this.actors = actors;
		this.clock = clock;
	}

	record Run(LocalDate day, int sent) {
	}

	@GetMapping
	@Operation(summary = "Nội dung nhắc việc của một ngày (mặc định hôm nay)",
			description = "Mỗi cơ quan một thư; REPORTER chỉ thấy thư của cơ quan mình")
	List<ReminderDigests.Digest> preview(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Principal principal) {
		return digests.preview(date == null ? LocalDate.now(clock) : date, actors.of(principal));
	}

	@GetMapping("/sent")
	@Operation(summary = "Các thư nhắc việc đã gửi trong khoảng ngày",
			description = "from, to (mặc định hôm nay); REPORTER chỉ thấy thư của cơ quan mình")
	List<ReminderDigests.Sent> sent(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Principal principal) {
		LocalDate today = LocalDate.now(clock);
		return digests.sent(from == null ? today : from, to == null ? today : to, actors.of(principal));
	}

	@PostMapping("/run")
	@Operation(summary = "Gửi ngay các thư nhắc việc của hôm nay chưa gửi",
			description = "MONITOR hoặc ADMIN; mỗi cơ quan tối đa một thư mỗi ngày, kể cả khi chạy nhiều lần hoặc trên nhiều máy chủ")
	Run run(Principal principal) {
		LocalDate today = LocalDate.now(clock);
		return new Run(today, digests.sendDue(actors.of(principal)));
	}
}
