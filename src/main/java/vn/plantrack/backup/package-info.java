/**
 * Backup: every table of the application's schema and every stored file, written to a directory and read
 * back into an empty database of either kind (H2 or PostgreSQL). Generic over the schema, so tables added by
 * later migrations are included without code changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package vn.plantrack.backup;
