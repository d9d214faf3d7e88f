/**
 * Parse: normalised text to a document tree (headings by numbering scheme, tables, paragraphs), every node keeping its source lines. Plain Java.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package vn.plantrack.parse;
