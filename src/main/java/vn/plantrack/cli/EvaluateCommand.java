package vn.plantrack.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Evaluate the results table of a report: verdicts, claims, required pace (no database).")
class EvaluateCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		System.err.println("evaluate: not available yet");
		return 2;
	}
}
