package vn.plantrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.plantrack.registry.AuditChain;

/** {@code ./plantrack audit verify}: checks the audit trail's hash chain in the configured database. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail tools.",
		subcommands = AuditCommand.Verify.class)
class AuditCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return 2;
	}

	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Walk the audit chain; exit 0 when intact, 1 naming the first broken row.")
	static class Verify implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			if (Preflight.refusesDatabaseCommand(spec.commandLine().getErr())) {
				return 1;
			}
			try (ConfigurableApplicationContext context = BatchContext.start(false)) {
				AuditChain.Verification verification = context.getBean(AuditChain.class).verify();
				return report(verification, spec.commandLine().getOut(), spec.commandLine().getErr());
			}
		}

		static int report(AuditChain.Verification verification, PrintWriter out, PrintWriter err) {
			if (verification.intact()) {
				out.println("audit chain intact: " + verification.rowsChecked() + " events checked");
				return 0;
			}
			err.println("audit chain broken at audit_event id " + verification.brokenAt() + ": " + verification.problem());
			return 1;
		}
	}
}
