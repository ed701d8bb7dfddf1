package org.factbench.web;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module direction of the whole build: web -> indexer -> core, web -> core; core depends on neither.
 * Checked here because only the web module sees all three on its classpath.
 */
@AnalyzeClasses(packages = "org.factbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule modules_depend_in_one_direction = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("web").definedBy("org.factbench.web..")
            .layer("indexer").definedBy("org.factbench.indexer..")
            .layer("core").definedBy("org.factbench.core..")
            .whereLayer("web").mayNotBeAccessedByAnyLayer()
            .whereLayer("indexer").mayOnlyBeAccessedByLayers("web")
            .whereLayer("core").mayOnlyBeAccessedByLayers("indexer", "web");
}
