package org.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layers of org/newsdesk/package-info.java, checked on the main classes: the entry point on top,
 * then the command line, then the adapters, then the answering core. A package not named in
 * {@link #ADAPTERS} (or the command line) is core, so a new package is held to the core's rules until
 * it is classified here.
 */
class ArchitectureTest {

    private static final String ROOT = "org.newsdesk";
    /** Builds what the settings ask for and starts it; only the entry point imports it. */
    private static final String COMMAND_LINE = "cli";
    /**
     * The packages that talk to the world outside the answering core: readers on a chat or a terminal,
     * a model provider, or operators' probes and scrapers (the HTTP listener, metrics). Each may import the
     * core, none imports another; the command line wires them.
     */
    private static final List<String> ADAPTERS = List.of("telegram", "console", "llm", "http", "metrics");
    /** Libraries that belong to an adapter or to the command line, never to the core. */
    private static final List<String> ADAPTER_LIBRARIES = List.of("picocli..", "org.telegram..",
            "dev.langchain4j.model.openai..", "dev.langchain4j.model.ollama..", "dev.langchain4j.model.chat..",
            "dev.langchain4j.service..", "com.sun.net.httpserver..", "io.micrometer..", "io.prometheus..");
    private static final String HOW_TO_CLASSIFY = "a new package is core unless ArchitectureTest.ADAPTERS names it;"
            + " see org/newsdesk/package-info.java";

    /** The product's classes as compiled (the benchmarks and the tests are not the product). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    /** Each package of Newsdesk its own slice (llm.grounding apart from llm); everything else left out. */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(ROOT) || name.startsWith(ROOT + ".") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of " + ROOT;
        }
    };

    /** Classes of the answering core: in a package of Newsdesk below the root that is neither an adapter nor the command line. */
    private static final DescribedPredicate<JavaClass> IN_CORE = DescribedPredicate.describe("are in the answering core",
            javaClass -> {
                String name = javaClass.getPackageName();
                if (!name.startsWith(ROOT + ".")) {
                    return false;
                }
                String top = name.substring(ROOT.length() + 1).split("\\.")[0];
                return !top.equals(COMMAND_LINE) && !ADAPTERS.contains(top);
            });

    @Test
    void should_have_no_cycle_between_packages() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void should_keep_the_core_free_of_adapters_the_command_line_and_their_libraries() {
        List<String> forbidden = new ArrayList<>(ADAPTER_LIBRARIES);
        forbidden.add(sub(COMMAND_LINE));
        ADAPTERS.stream().map(ArchitectureTest::sub).forEach(forbidden::add);

        noClasses().that(IN_CORE).should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because(HOW_TO_CLASSIFY).check(MAIN);
    }

    @Test
    void should_keep_each_adapter_free_of_the_others_and_of_the_command_line() {
        for (String adapter : ADAPTERS) {
            String[] others = ADAPTERS.stream().filter(other -> !other.equals(adapter))
                    .map(ArchitectureTest::sub).toArray(String[]::new);
            noClasses().that().resideInAPackage(sub(adapter)).should().dependOnClassesThat()
                    .resideInAnyPackage(others).orShould().dependOnClassesThat().resideInAPackage(sub(COMMAND_LINE))
                    .check(MAIN);
        }
    }

    @Test
    void should_let_nothing_import_the_entry_point() {
        noClasses().that().resideOutsideOfPackage(ROOT).should().dependOnClassesThat().resideInAPackage(ROOT)
                .check(MAIN);
    }

    private static String sub(String name) {
        return ROOT + "." + name + "..";
    }
}
