/**
 * Shared kernel: Vietnamese text utilities (NFC, accent folding), provenance and time helpers. Plain Java.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {  })
package vn.plantrack.shared;
