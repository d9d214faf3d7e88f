package vn.plantrack;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulith;

@Modulith(sharedModules = "shared")
@SpringBootApplication
public class PlanTrackApplication {
}
