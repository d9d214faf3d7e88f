/**
 * Shared kernel: Vietnamese text utilities (NFC, accent folding), provenance and time helpers. Every module
 * may use all of it (an open module).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.plantrack.shared;
