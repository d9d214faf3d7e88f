/**
 * Web: server-rendered pages for officials (Thymeleaf).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "registry", "tracking", "evaluation", "reporting", "ingest", "extract", "extract :: rules", "search", "amendment" })
package vn.plantrack.web;
