package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.language.Language;
import org.newsdesk.prompts.Messages;
import org.newsdesk.testsupport.JarProcess;
import org.newsdesk.testsupport.LibraryProbe;
import org.newsdesk.testsupport.TestDesks;

/**
 * The product jar holds what users run and little else (issue 12): its size, and the libraries the
 * shade configuration in pom.xml trims (Lingua's models, fastutil, ICU's data) still doing from the
 * jar what they do for the product with nothing left out.
 */
class ProductJarIT {

    /** Issue 12: at least 80 MiB under the 202,122,658 bytes of the jar that carried the bench and MiniLM. */
    private static final long MAX_BYTES = 202_122_658L - 80L * 1024 * 1024;
    private static final String FASTUTIL = "it.unimi.dsi.fastutil.";

    @TempDir
    Path root;

    @Test
    void should_stay_80_mebibytes_under_the_jar_that_carried_the_bench() throws Exception {
        assertThat(Files.size(JarProcess.JAR)).isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void should_detect_languages_and_format_plurals_and_lists_from_the_jar_as_the_whole_libraries_do() throws Exception {
        // given: the probe run here, on the libraries as Maven resolves them
        List<String> whole = LibraryProbe.report();

        // when
        JarProcess.Result fromJar = JarProcess.runMain(LibraryProbe.class, List.of());

        // then
        assertThat(fromJar.status()).as(fromJar.err()).isZero();
        assertThat(fromJar.out().lines().toList()).containsExactlyElementsOf(whole);
        assertThat(fromJar.out()).contains("language de Wer hat den Bericht geschrieben?", "language uk Хто написав статтю?")
                // Ukrainian plural forms (one, few, many) and list conjunction, which only ICU's data for uk gives
                .contains("plural uk 1 рік тому", "plural uk 3 роки тому", "plural uk 5 років тому")
                .contains("list uk Jane Doe, John Roe і Ann Poe", "list de Jane Doe, John Roe und Ann Poe");
    }

    @Test
    void should_answer_a_german_a_ukrainian_and_a_czech_question_in_its_language() throws Exception {
        // given
        Path knowledge = TestDesks.folderWith(root, TestDesks.SEED);
        Messages messages = Messages.bundled();

        // when
        JarProcess.Result result = JarProcess.run(Map.of(),
                "Wer hat den Bericht geschrieben?\nХто написав цей звіт?\nKdo napsal tuto zprávu?\n",
                List.of("ask", "--knowledge", knowledge.toString(), "--data", root.resolve("data").toString()));

        // then
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains(messages.text(Language.GERMAN.locale(), "answer.english-only"),
                messages.text(Language.UKRAINIAN.locale(), "answer.english-only"),
                messages.text(Language.CZECH.locale(), "answer.english-only"));
    }

    @Test
    void should_hold_every_fastutil_class_that_lingua_reaches() throws Exception {
        // given: Lingua's and fastutil's classes as the jar holds them
        JavaClasses classes;
        try (JarFile jar = new JarFile(JarProcess.JAR.toFile())) {
            classes = new ClassFileImporter()
                    .withImportOption(location -> location.contains("/com/github/pemistahl/lingua/")
                            || location.contains("/it/unimi/dsi/fastutil/"))
                    .importJar(jar);
        }

        // when: following every reference from Lingua into fastutil, and on within fastutil
        Deque<JavaClass> toVisit = new ArrayDeque<>(classes.stream()
                .filter(javaClass -> javaClass.getPackageName().startsWith("com.github.pemistahl.lingua")).toList());
        Set<String> reached = new HashSet<>();
        Set<String> missing = new TreeSet<>();
        while (!toVisit.isEmpty()) {
            for (Dependency dependency : toVisit.pop().getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getBaseComponentType().getName();
                if (target.startsWith(FASTUTIL) && reached.add(target)) {
                    if (classes.contain(target)) {
                        toVisit.push(classes.get(target));
                    } else {
                        missing.add(target);
                    }
                }
            }
        }

        // then
        assertThat(reached).contains(FASTUTIL + "objects.Object2FloatOpenHashMap");
        assertThat(missing).as("fastutil classes Lingua reaches that pom.xml's shade filter leaves out").isEmpty();
    }
}
