package vn.plantrack.api;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.plantrack.amendment.AmendmentSet;
import vn.plantrack.amendment.Amendments;
import vn.plantrack.amendment.ItemHistory;
import vn.plantrack.amendment.PlanVersion;
import vn.plantrack.amendment.PlanVersions;

/**
 * Amendments as JSON: a MONITOR applies a deciding document's changes (one new plan version, all or nothing);
 * everyone signed in reads a plan's versions and an item's full history.
 */
@Tag(name = "Điều chỉnh kế hoạch", description = "Thêm, sửa, hủy nhiệm vụ và mục tiêu theo văn bản quyết định; phiên bản kế hoạch; lịch sử")
@RestController
class AmendmentsApiController {

	private final Amendments amendments;

	private final PlanVersions versions;

	private final ItemHistory history;

	private final ApiActors actors;

	AmendmentsApiController(Amendments amendments, PlanVersions versions, ItemHistory history, ApiActors actors) {
		this.amendments = amendments;
		this.versions = versions;
		this.history = history;
		this.actors = actors;
	}

	@PostMapping("/api/documents/{id}/amendments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Điều chỉnh kế hoạch theo một văn bản quyết định (MONITOR): tạo phiên bản mới, tất cả hoặc không")
	Amendments.Applied amend(@PathVariable long id, @RequestBody AmendmentSet set, Principal principal) {
		return amendments.apply(id, set, actors.of(principal));
	}

	@GetMapping("/api/documents/{id}/versions")
	@Operation(summary = "Các phiên bản của kế hoạch và văn bản quyết định của từng lần điều chỉnh")
	List<PlanVersion> versions(@PathVariable long id) {
		return versions.of(id);
	}

	@GetMapping("/api/tasks/{id}/history")
	@Operation(summary = "Lịch sử đầy đủ của nhiệm vụ: bản gốc với dòng nguồn, các lần điều chỉnh, thay đổi trạng thái và tiến độ")
	List<ItemHistory.Entry> taskHistory(@PathVariable long id, Principal principal) {
		return history.task(id, actors.of(principal));
	}

	@GetMapping("/api/indicators/{id}/history")
	@Operation(summary = "Lịch sử đầy đủ của chỉ tiêu: bản gốc với dòng nguồn, điều chỉnh mục tiêu, số liệu đã ghi")
	List<ItemHistory.Entry> indicatorHistory(@PathVariable long id) {
		return history.indicator(id);
	}
}
