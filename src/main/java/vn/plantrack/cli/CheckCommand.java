package vn.plantrack.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Report data problems in documents, also across documents (no database).")
class CheckCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		System.err.println("check: not available yet");
		return 2;
	}
}
