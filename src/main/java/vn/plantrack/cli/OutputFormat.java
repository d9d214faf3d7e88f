package vn.plantrack.cli;

/** Output formats of the no-database commands. */
enum OutputFormat {
	json, text
}
