package io.stepwise.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    @Test
    void thePackagesOfTheGatewayHaveNoCycles() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.stepwise.gateway");
        slices().matching("io.stepwise.gateway.(*)..").should().beFreeOfCycles().check(classes);
    }
}
