package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Past {@code plantrack.overview.plans-shown} plans, the overview lists the most urgent ones and says how many it
 * left out. On 01/07/2027 the 2021-2025 programme 139/QĐ-UBND (seed 002: 117 tasks, their periods ending by 2025)
 * has far more overdue tasks than 14-CTr/TU (seed 000, 2026-2030, only its 2026 deadlines passed).
 */
@TestPropertySource(properties = "plantrack.overview.plans-shown=1")
class OverviewPlansShownTests extends PagesTestSupport {

	private static final String SEED_002 = "002_17c3b43f6ad53c25.txt";

	@Test
	void theMostOverduePlanIsListedAndTheOthersAreCounted() throws Exception {
		confirmedSeed000();
		long seed002 = idOf(SEED_002);
		if (!confirmed(seed002)) {
			review.confirm(seed002, null, "m");
		}
		long plans = documents.list().stream().filter(d -> "CONFIRMED".equals(d.status())).count();

		String overview = page(mvc.perform(get("/overview").with(user("giamsat.ba").roles("MONITOR"))));

		String table = overview.substring(overview.indexOf("Kế hoạch đang theo dõi"), overview.indexOf("id=\"plans-shown\""));
		assertThat(table).contains("139/QĐ-UBND").doesNotContain("14-CTr/TU");
		assertThat(overview).contains("Đang hiển thị 1 trên " + plans + " kế hoạch")
			.contains("href=\"/documents\">Xem tất cả văn bản</a>");
	}
}
