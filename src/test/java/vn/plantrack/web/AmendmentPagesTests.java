package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.plantrack.amendment.AmendmentSet;
import vn.plantrack.amendment.Amendments;
import vn.plantrack.registry.Role;
import vn.plantrack.tracking.Actor;

/**
 * Amendments on the pages: the task page lists the task as extracted (with its source line) and each amendment
 * with its version and deciding document; the plan page lists the versions under "Các lần điều chỉnh". Seed 000
 * task 7.4 is on line 458.
 */
class AmendmentPagesTests extends PagesTestSupport {

	static final String DECISION = "Quyết định số 456/QĐ-UBND ngày 10/3/2027";

	@Autowired
	Amendments amendments;

	@Test
	void theTaskPageShowsTheOriginalLineAndTheAmendmentWithItsDecision() throws Exception {
		long plan = confirmedSeed000();
		long task = taskOnLine(plan, 458);
		amendments.apply(plan, new AmendmentSet(DECISION, null, null, null, List.of(new AmendmentSet.Change(
				AmendmentSet.Kind.MODIFY, AmendmentSet.ItemType.TASK, task, null, Integer.valueOf(version(task)),
				"Lùi thời hạn", new AmendmentSet.TaskFields(null, null, null, null, null, null, null,
						LocalDate.of(2028, 12, 31), null, null),
				null))), new Actor("monitor", Role.MONITOR, null));

		String page = page(mvc.perform(get("/tasks/" + task).with(user("l").roles("LEADER"))).andExpect(status().isOk()));

		assertThat(page).contains("Bản gốc và các lần điều chỉnh", "bản gốc, dòng 458 của văn bản", "Phiên bản 2",
				DECISION, "điều chỉnh", "Lùi thời hạn");
		String planPage = page(mvc.perform(get("/plans/" + plan).with(user("l").roles("LEADER"))).andExpect(status().isOk()));
		assertThat(planPage).contains("Các lần điều chỉnh", "Phiên bản 1", "Phiên bản 2", DECISION, "1 thay đổi");
	}
}
