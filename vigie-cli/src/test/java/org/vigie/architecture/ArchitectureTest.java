package org.vigie.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled main classes of every module (this
 * module sees them all). A rule that fails names the class and the dependency that broke it.
 */
class ArchitectureTest {

  private static JavaClasses vigie;

  @BeforeAll
  static void importMainClasses() {
    vigie =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigie");
  }

  @Test
  void the_classes_of_every_module_are_there_to_check() {
    assertThat(vigie.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
        .contains("core", "text", "ingest", "store", "search", "service", "web", "cli");
  }

  @Test
  void core_needs_nothing_but_the_jdk() {
    check(
        classes()
            .that()
            .resideInAPackage("org.vigie.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.vigie.core..", "java..", "javax.crypto.."));
  }

  @Test
  void text_reads_text_and_reaches_no_store_index_or_interface() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.vigie.text..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.vigie.store..",
                "org.vigie.search..",
                "org.vigie.ingest..",
                "org.vigie.web..",
                "org.vigie.cli..",
                "java.sql..",
                "io.javalin..",
                "picocli.."));
  }

  @Test
  void the_lower_modules_know_nothing_of_the_web_or_the_command_line() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage(
                "org.vigie.core..",
                "org.vigie.text..",
                "org.vigie.ingest..",
                "org.vigie.store..",
                "org.vigie.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.vigie.web..", "org.vigie.cli..", "io.javalin..", "picocli.."));
  }

  @Test
  void store_ingest_and_search_stay_apart() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.vigie.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.vigie.ingest..", "org.vigie.search..", "org.vigie.text.."));
    check(
        noClasses()
            .that()
            .resideInAPackage("org.vigie.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.vigie.ingest..", "org.vigie.store.."));
  }

  @Test
  void the_services_know_no_web_framework_command_line_or_concrete_index() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.vigie.service..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.vigie.web..",
                "org.vigie.cli..",
                "org.vigie.search..",
                "io.javalin..",
                "picocli.."));
  }

  @Test
  void the_web_never_reaches_into_the_command_line() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.vigie.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.vigie.cli..", "picocli.."));
  }

  @Test
  void only_the_serve_commands_start_the_web_workbench() {
    check(
        noClasses()
            .that()
            .resideInAPackage("org.vigie.cli..")
            .and()
            .resideOutsideOfPackage("org.vigie.cli.serve..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.vigie.web..", "io.javalin.."));
  }

  /**
   * A command family (documents, claims, series, ach…) leans on the shared root and the shared
   * options, never on another family: what two families need moves down to the root.
   */
  @Test
  void the_command_families_stand_apart() {
    check(
        slices()
            .matching("org.vigie.cli.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                DescribedPredicate.alwaysTrue(), resideInAPackage("org.vigie.cli.options")));
  }

  /**
   * Errors below the command line name domain fields ("series", "store"); only the CLI knows its
   * flags. Read from the sources, as a string constant leaves no trace in a class's dependencies.
   */
  @Test
  void errors_below_the_command_line_name_no_flag() throws IOException {
    Pattern flagAsField =
        Pattern.compile("(InvalidInputException|UnavailableException)\\(\\s*\"--");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .filter(p -> !p.toString().contains("/vigie-cli/"))
              .filter(p -> flagAsField.matcher(read(p)).find())
              .map(Path::toString)
              .toList();
    }
    assertThat(offenders).as("errors that name a CLI flag as their field").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void check(ArchRule rule) {
    rule.check(vigie);
  }
}
