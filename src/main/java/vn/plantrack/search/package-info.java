/**
 * Search: an accent-insensitive full-text index (Lucene) over documents, tasks, indicators and agencies,
 * rebuilt at startup and whenever the registry changes through the pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry" })
package vn.plantrack.search;
