package org.factbench.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.mapstruct.factory.Mappers;
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

    @ArchTest
    static final ArchRule mappers_come_from_spring_never_from_the_static_factory = noClasses()
            .should().callMethod(Mappers.class, "getMapper", Class.class);
}
