package vn.plantrack.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import vn.plantrack.registry.AuditChain;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;

/**
 * Every tracking change leaves an audit event, and the hash chain exposes the first row edited or removed
 * afterwards. Each test tampers with its own database (the context is discarded after it).
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class AuditChainIntegrationTests {

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	TaskProgress tasks;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	final Actor monitor = new Actor("monitor", Role.MONITOR, null);

	@Test
	void anUntouchedTrailVerifies() throws Exception {
		someTrackedWork();

		AuditChain.Verification verification = chain.verify();

		assertThat(verification.intact()).isTrue();
		assertThat(verification.rowsChecked()).isEqualTo(ids().size());
	}

	@Test
	void statusChangesAndProgressReportsAreAudited() throws Exception {
		long task = someTrackedWork();

		assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity = 'task' AND entity_id = ? ORDER BY id")
			.param(Long.toString(task))
			.query(String.class)
			.list()).containsExactly("TASK_STATUS_CHANGED", "TASK_PROGRESS_REPORTED");
	}

	@Test
	void editingOneStoredRowBreaksTheChainExactlyThere() throws Exception {
		someTrackedWork();
		List<Long> ids = ids();
		long edited = ids.get(ids.size() - 2);
		jdbc.sql("UPDATE audit_event SET after_state = 'progress=100' WHERE id = ?").param(edited).update();

		AuditChain.Verification verification = chain.verify();

		assertThat(verification.intact()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(edited);
		assertThat(verification.problem()).contains("edited");
	}

	@Test
	void removingARowBreaksTheChainAtTheRowAfterIt() throws Exception {
		someTrackedWork();
		List<Long> ids = ids();
		jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(ids.get(1)).update();

		assertThat(chain.verify().brokenAt()).isEqualTo(ids.get(2));
	}

	private long someTrackedWork() throws Exception {
		long plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		long task = SonLaPlans.task(jdbc, plan, 312);
		tasks.changeStatus(task, new TaskProgress.StatusChange(TaskStatus.IN_PROGRESS, null, null, 0), monitor);
		tasks.report(task, new TaskProgress.ProgressReport(40, "Đã chuẩn bị hội nghị", 1), List.of(), monitor);
		return task;
	}

	private List<Long> ids() {
		return jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list();
	}
}
