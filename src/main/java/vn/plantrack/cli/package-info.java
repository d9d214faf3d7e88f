/**
 * CLI: picocli commands calling the module APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "tracking", "evaluation", "reporting", "ingest", "extract", "extract :: rules", "parse", "backup", "synthetic" })
package vn.plantrack.cli;
