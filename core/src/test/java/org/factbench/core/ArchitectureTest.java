package org.factbench.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.factory.Mappers;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** Module boundaries of core (see docs/CORE.md). */
@AnalyzeClasses(packages = "org.factbench.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_knows_neither_the_indexer_nor_the_web_nor_their_libraries = noClasses()
            .that().resideInAPackage("org.factbench.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.factbench.indexer..", "org.factbench.web..",
                    "co.elastic..", "com.vaadin..");

    @ArchTest
    static final ArchRule the_domain_depends_on_no_service_and_no_framework_but_jpa = noClasses()
            .that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
            .should().dependOnClassesThat().areAnnotatedWith(Service.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Component.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule anchoring_is_plain_java = classes()
            .that().resideInAPackage("org.factbench.core.evidence.anchor..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.factbench.core.evidence.anchor..", "java..");

    @ArchTest
    static final ArchRule features_have_no_dependency_cycles = slices()
            .matching("org.factbench.core.(*)..").should().beFreeOfCycles();

    /**
     * Where another feature reads or writes a repository today: the one place that says so (such a repository is
     * public for that reason alone; every other one is package-private, see web's CoreVisibilityTest). Each entry is
     * a known shortcut past the owning feature's services; a new one needs a reason here (or better, a method on the
     * owner's service or port), and an entry no longer used fails the build until it is removed.
     */
    static final Map<String, Set<String>> REPOSITORIES_SHARED_WITH = Map.of(
            "ClaimRepository", Set.of("comment", "evidence", "matching", "review", "suggestion"),
            "ClaimCollectionRepository", Set.of("claim"),
            "CommentRepository", Set.of("matching"),
            "EvidenceLinkRepository", Set.of("matching"),
            "UserAccountRepository", Set.of("admin", "claim", "comment", "notification"));

    @ArchTest
    static final ArchRule repositories_stay_inside_their_feature = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .and().resideInAPackage("org.factbench.core..")
            .should(new ArchCondition<JavaClass>("be used only in their own package, or by the features listed in "
                    + "REPOSITORIES_SHARED_WITH") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    Set<String> shared = REPOSITORIES_SHARED_WITH.getOrDefault(repository.getSimpleName(), Set.of());
                    for (Dependency use : repository.getDirectDependenciesToSelf()) {
                        String user = use.getOriginClass().getPackageName();
                        boolean allowed = user.equals(repository.getPackageName()) || shared.contains(feature(user));
                        if (!allowed) {
                            events.add(SimpleConditionEvent.violated(use, repository.getSimpleName() + " is used in "
                                    + user + ": " + use.getDescription()));
                        }
                    }
                }
            })
            .because("a feature's repository is its own; others go through its services (public only what another "
                    + "package calls)");

    @ArchTest
    static void every_shared_repository_is_still_used_by_the_features_listed(JavaClasses classes) {
        REPOSITORIES_SHARED_WITH.forEach((name, features) -> {
            JavaClass repository = classes.stream()
                    .filter(type -> type.isInterface() && type.getSimpleName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " in REPOSITORIES_SHARED_WITH no longer exists"));
            Set<String> users = repository.getDirectDependenciesToSelf().stream()
                    .map(use -> use.getOriginClass().getPackageName())
                    .filter(user -> !user.equals(repository.getPackageName()))
                    .map(ArchitectureTest::feature).collect(Collectors.toSet());
            assertThat(users).as("features that use %s (remove the others from REPOSITORIES_SHARED_WITH, and make "
                    + "the repository package-private when none is left)", name).containsAll(features);
        });
    }

    private static String feature(String packageName) {
        return packageName.substring("org.factbench.core.".length()).split("\\.")[0];
    }

    @ArchTest
    static final ArchRule mappers_come_from_spring_never_from_the_static_factory = noClasses()
            .should().callMethod(Mappers.class, "getMapper", Class.class);
}
