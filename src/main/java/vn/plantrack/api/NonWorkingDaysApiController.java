package vn.plantrack.api;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.plantrack.tracking.NonWorkingDays;

/**
 * The working-day calendar deadlines in working days are counted on: holidays, Tết breaks and swapped days
 * per year. Everybody signed in reads it; a MONITOR or an ADMIN keeps it.
 */
@RestController
@RequestMapping("/api/non-working-days")
@Tag(name = "Lịch ngày làm việc", description = "Ngày lễ, Tết, ngày nghỉ bù và ngày làm bù dùng để tính hạn theo ngày làm việc")
class NonWorkingDaysApiController {

	private final NonWorkingDays days;

	private final ApiActors actors;

	NonWorkingDaysApiController(NonWorkingDays days, ApiActors actors) {
		this.days = days;
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "Các ngày nghỉ và ngày làm bù của một năm",
			description = "Ngày lễ cố định (fixed), ngày đã có thông báo (decided) và ngày dự kiến theo âm lịch")
	List<NonWorkingDays.Day> ofYear(@RequestParam int year) {
		return days.ofYear(year);
	}

	@PostMapping
	@Operation(summary = "Thêm một ngày nghỉ (OFF) hoặc ngày làm bù (WORKING)", description = "MONITOR hoặc ADMIN")
	ResponseEntity<NonWorkingDays.Day> add(@RequestBody NonWorkingDays.NewDay day, Principal principal) {
		NonWorkingDays.Day added = days.add(day, actors.of(principal));
		return ResponseEntity.created(URI.create("/api/non-working-days?year=" + added.day().getYear())).body(added);
	}

	@DeleteMapping("/{day}")
	@Operation(summary = "Xóa một ngày khỏi lịch", description = "MONITOR hoặc ADMIN; ngày lễ cố định không xóa được")
	ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Principal principal) {
		days.remove(day, actors.of(principal));
		return ResponseEntity.noContent().build();
	}
}
