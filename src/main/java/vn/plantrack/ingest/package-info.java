/**
 * Ingest: bytes of a .txt/.md/.docx/.doc/.pdf file to normalised UTF-8 NFC text whose lines are the lines the user sees. Plain Java core.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package vn.plantrack.ingest;
