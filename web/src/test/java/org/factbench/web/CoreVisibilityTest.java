package org.factbench.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * Core makes public only what another package calls. Checked here, not in core, because only the web module's
 * test classpath holds core, indexer and web together: a core type that only the indexer or a view uses is
 * still used from outside its package.
 */
@AnalyzeClasses(packages = "org.factbench", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreVisibilityTest {

    /**
     * Public although no main class of another package names them in bytecode, each with its reason. Whether another
 * feature of core may use a repository is decided in core's ArchitectureTest (REPOSITORIES_SHARED_WITH), not here.
     */
    static final Set<String> PUBLIC_ALTHOUGH_UNREFERENCED = Set.of(
            // The library's entry point: applications @Import it (the web app scans org.factbench instead).
            "org.factbench.core.config.CoreConfiguration",
            // Constants only: javac inlines them (Access.CHECKER into every service's @PreAuthorize,
            // ActivityLog.SYSTEM into evidence), so the bytecode shows no use from outside.
            "org.factbench.core.shared.Access",
            "org.factbench.core.audit.ActivityLog",
            // A port the application implements (core's tests do, in testsupport) to carry events to other JVMs.
            "org.factbench.core.shared.event.ExternalEventSink",
            // Service operations of core's API with rows in access-matrix.csv that no view calls yet (the access
            // matrix test and the re-anchoring benchmark, both in other packages, call them), and what they return
            // or the benchmark reads.
            "org.factbench.core.audit.ActivityService",
            "org.factbench.core.evidence.EvidenceReanchoring",
            "org.factbench.core.evidence.ReanchorSummary",
            "org.factbench.core.evidence.AnchoringProperties");

    @ArchTest
    static final ArchRule public_core_types_are_used_outside_their_package = classes()
            .that().resideInAPackage("org.factbench.core..")
            .and().haveModifier(JavaModifier.PUBLIC)
            .and().areTopLevelClasses()
            .should(new ArchCondition<JavaClass>("be used by a class outside their own package") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (PUBLIC_ALTHOUGH_UNREFERENCED.contains(type.getName()) || generatedByMapStruct(type)
                            || managedByAPublicRepository(type)) {
                        return;
                    }
                    boolean usedOutside = type.getDirectDependenciesToSelf().stream()
                            .anyMatch(use -> !use.getOriginClass().getPackageName().equals(type.getPackageName()));
                    if (!usedOutside) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " is public but used only in its own package: make it package-private"));
                    }
                }
            })
            .because("public only what another package calls (issue 14); a public type that no class of another "
                    + "package names goes into PUBLIC_ALTHOUGH_UNREFERENCED with its reason");

    /**
     * The entity of a public repository stays public: Spring Data's JDK proxy of a public interface lives in another
     * module and fails with IllegalAccessError on a package-private type in its methods. Whether the repository may be
     * public is decided in core's ArchitectureTest (REPOSITORIES_SHARED_WITH).
     */
    private static boolean managedByAPublicRepository(JavaClass type) {
        return type.getDirectDependenciesToSelf().stream().map(use -> use.getOriginClass())
                .anyMatch(user -> user.isInterface() && user.getModifiers().contains(JavaModifier.PUBLIC)
                        && user.isAssignableTo("org.springframework.data.repository.Repository"));
    }

    /** MapStruct gives an implementation its mapper's visibility; whether the mapper is public is checked itself. */
    private static boolean generatedByMapStruct(JavaClass type) {
        return type.getRawInterfaces().stream().anyMatch(mapper -> mapper.isAnnotatedWith("org.mapstruct.Mapper"));
    }
}
