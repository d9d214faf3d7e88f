package vn.plantrack.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plantrack.synthetic.Scale;
import vn.plantrack.synthetic.SyntheticCountry;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Fill the configured (empty) database with a deterministic synthetic dataset for benchmarks.")
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--scale", defaultValue = "province",
			description = "small, province (1 province) or country (34 provinces, ~10 million observations); default ${DEFAULT-VALUE}")
	String scale;

	@Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same data (default ${DEFAULT-VALUE})")
	long seed;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Scale parsed;
		try {
			parsed = Scale.parse(scale);
		}
		catch (IllegalArgumentException ex) {
			spec.commandLine().getErr().println("generate: " + ex.getMessage());
			return 2;
		}
		if (Preflight.refusesDatabaseCommand(spec.commandLine().getErr())) {
			return 1;
		}
		try (ConfigurableApplicationContext context = BatchContext.start(true)) {
			SyntheticCountry.Summary summary = context.getBean(SyntheticCountry.class)
				.generate(parsed, seed, System.getProperty("user.name", "cli"), line -> spec.commandLine().getOut().println(line));
			for (Map.Entry<String, Long> entry : summary.rows().entrySet()) {
				spec.commandLine().getOut().printf("%-12s %,12d%n", entry.getKey(), entry.getValue());
			}
			spec.commandLine().getOut().printf("generated %,d rows (%s, seed %d) in %d s%n", summary.total(),
					parsed.name().toLowerCase(), seed, summary.elapsed().toSeconds());
		}
		return 0;
	}
}
