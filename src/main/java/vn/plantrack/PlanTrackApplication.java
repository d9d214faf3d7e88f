package vn.plantrack;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulith;

/**
 * PlanTrack: reads provincial plans and tracks their implementation. The executable entry point is the
 * CLI ({@code vn.plantrack.cli.PlanTrackCli}), which starts this application for {@code serve} and
 * {@code import}.
 */
@Modulith(sharedModules = "shared")
@SpringBootApplication
public class PlanTrackApplication {
}
