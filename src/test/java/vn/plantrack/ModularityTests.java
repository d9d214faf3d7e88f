package vn.plantrack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The package tree is the architecture: module boundaries and the Spring-free cores are checked here. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PlanTrackApplication.class);

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.plantrack");

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void keepsTheCoresFreeOfSpringAndJdbc() {
		noClasses().that()
			.resideInAnyPackage("vn.plantrack.ingest..", "vn.plantrack.parse..", "vn.plantrack.extract..",
					"vn.plantrack.evaluation..")
			.and()
			.resideOutsideOfPackage("vn.plantrack.evaluation.bench..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..")
			.because("the extraction and evaluation cores run inside the CLI without a database or container")
			.check(classes);
	}

	@Test
	void asksTheInjectedClockForTheTime() {
		noClasses().that()
			.resideInAPackage("vn.plantrack..")
			.should()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.because("deadlines and overdue checks must be testable with a fixed clock")
			.check(classes);
	}
}
