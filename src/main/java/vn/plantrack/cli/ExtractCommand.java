package vn.plantrack.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Print the tasks, indicators, targets, agencies, citations and findings of documents (no database).")
class ExtractCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		System.err.println("extract: not available yet");
		return 2;
	}
}
