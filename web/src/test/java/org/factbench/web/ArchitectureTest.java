package org.factbench.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web tier reaches data only through core's services and ports. */
@AnalyzeClasses(packages = "org.factbench.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule web_never_talks_to_elasticsearch_directly = noClasses()
            .should().dependOnClassesThat().resideInAPackage("co.elastic..")
            .because("search goes through core's SourceCorpus port, implemented in the indexer");

    @ArchTest
    static final ArchRule web_never_uses_repositories = noClasses()
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .because("views call application services, which own transactions and authorization");

    @ArchTest
    static final ArchRule features_have_no_dependency_cycles = slices()
            .matching("org.factbench.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_the_wiring_and_the_status_know_the_indexer = noClasses()
            .that().resideOutsideOfPackages("org.factbench.web", "org.factbench.web.status..")
            .should().dependOnClassesThat().resideInAPackage("org.factbench.indexer..")
            .because("features use core's services and ports; the application class and its environment defaults "
                    + "(org.factbench.web) wire the indexer in, and web.status watches its Elasticsearch");
}
