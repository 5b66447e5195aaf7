package cn.beianbridge.simulator;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The simulators depend on the system; nothing in the system (tests aside) depends on them. */
class SimulatorModuleTests {

	private final JavaClasses production = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.beianbridge");

	@Test
	void nothingInTheSystemDependsOnTheSimulators() {
		noClasses().that()
			.resideOutsideOfPackage("cn.beianbridge.simulator..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("cn.beianbridge.simulator..")
			.check(production);
	}

}
