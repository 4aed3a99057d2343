package io.stepwise.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of one service, checked against its production classes (tests excluded). In: the service's
 * base package, such as {@code io.stepwise.catalog}. Out: assertions that fail with every violation listed.
 * <ul>
 * <li>{@link DomainRules}: the domain is every class in a {@code ..domain..} package and is plain Java; every
 * {@code @Document} lives there;</li>
 * <li>{@link PackageCycles}: no cycles between the service's packages;</li>
 * <li>{@link FeatureBoundaries}: a feature never uses another's repositories, controllers or non-public
 * types; its domain types and use-case services are what others call.</li>
 * </ul>
 */
public final class ServiceArchitecture {

    private final String servicePackage;
    private final JavaClasses classes;

    private ServiceArchitecture(String servicePackage, JavaClasses classes) {
        this.servicePackage = servicePackage;
        this.classes = classes;
    }

    /** The production classes of the service under this base package. */
    public static ServiceArchitecture of(String servicePackage) {
        return new ServiceArchitecture(servicePackage, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(servicePackage));
    }

    public void assertDomainIsPlainJava() {
        check(DomainRules.domainIsPlainJava(servicePackage));
    }

    public void assertDocumentsLiveInTheDomain() {
        check(DomainRules.documentsLiveInTheDomain(servicePackage));
    }

    public void assertNoCyclesBetweenPackages() {
        check(PackageCycles.noCyclesBetweenPackages(servicePackage));
    }

    public void assertFeaturesTalkThroughTheirUseCases() {
        check(FeatureBoundaries.featuresTalkThroughTheirUseCases(servicePackage));
    }

    private void check(ArchRule rule) {
        rule.check(classes);
    }
}
