package org.factbench.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
