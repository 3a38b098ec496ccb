package dev.consultor.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.consultor.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsFrameworkFree = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta..",
                    "javax.servlet..",
                    "dev.consultor.server..",
                    "dev.consultor.llm..",
                    "dev.consultor.app..")
            .because("the engine knows nothing of frameworks, HTTP or the SaaS around it");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("dev.consultor.engine.(*)..").should().beFreeOfCycles();
}
