/**
 * Extract: document tree to facts (metadata, citations, tasks, indicators, projects, agencies) and findings, each with its source line. Plain Java.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "parse", "ingest" })
package vn.plantrack.extract;
