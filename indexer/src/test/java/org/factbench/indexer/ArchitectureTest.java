package org.factbench.indexer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Boundaries of the indexer's feature packages (see docs/INDEXER.md). */
@AnalyzeClasses(packages = "org.factbench.indexer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_dependency_cycles = slices()
            .matching("org.factbench.indexer.(*)..").should().beFreeOfCycles();

    /** Reading, normalizing and segmenting are plain text work: testable, reusable and benchmarkable without a cluster. */
    @ArchTest
    static final ArchRule parsing_normalizing_and_segmenting_know_no_elasticsearch = noClasses()
            .that().resideInAnyPackage("org.factbench.indexer.parse..", "org.factbench.indexer.normalize..",
                    "org.factbench.indexer.segment..")
            .should().dependOnClassesThat().resideInAnyPackage("co.elastic..", "org.factbench.indexer.client..",
                    "org.factbench.indexer.schema..", "org.factbench.indexer.ingest..", "org.factbench.indexer.search..");

    /** The CLI talks to no cluster itself: every request goes through a component. */
    @ArchTest
    static final ArchRule the_cli_sends_no_request_of_its_own = noClasses()
            .that().resideInAPackage("org.factbench.indexer.cli..")
            .should().accessClassesThat().resideInAPackage("co.elastic..");

    /**
     * The CLI only wires: the store's components come from the application's own wiring (store.CorpusStoreWiring),
     * so the CLI builds none of them with defaults of its own. Values it passes (read options) are fine.
     */
    @ArchTest
    static final ArchRule the_cli_builds_no_component_itself = noClasses()
            .that().resideInAPackage("org.factbench.indexer.cli..")
            .should().callConstructorWhere(DescribedPredicate.describe("a component of the store",
                    call -> isComponent(call.getTargetOwner())));

    private static boolean isComponent(JavaClass owner) {
        String pkg = owner.getPackageName();
        return !owner.isRecord() && (pkg.startsWith("org.factbench.indexer.ingest")
                || pkg.startsWith("org.factbench.indexer.parse") || pkg.startsWith("org.factbench.indexer.segment")
                || pkg.startsWith("org.factbench.indexer.normalize") || pkg.startsWith("org.factbench.indexer.schema")
                || pkg.startsWith("org.factbench.indexer.search") || pkg.startsWith("org.factbench.indexer.claims"));
    }
}
