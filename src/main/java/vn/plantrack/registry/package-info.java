/**
 * Registry: localities, agencies, documents and their stored files, task groups, tasks, indicators (the plan as adopted).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "ingest", "extract", "extract :: rules" })
package vn.plantrack.registry;
