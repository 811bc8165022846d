package org.vigie.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of the text toolkit depend one way: the scanning primitives ({@code scan}) know no
 * other package, the language packs ({@code lang}, {@code lang.fr}, ...) know only the primitives,
 * the stages (quantity, date, attribution, certainty, entity, ...) know the packs and the
 * primitives, and only {@code claims} puts the stages together.
 */
class PackageLayersTest {

  private static final String[] STAGES = {
    "org.vigie.text.attribution..",
    "org.vigie.text.certainty..",
    "org.vigie.text.date..",
    "org.vigie.text.entity..",
    "org.vigie.text.language..",
    "org.vigie.text.quantity..",
    "org.vigie.text.segment.."
  };

  private static JavaClasses text;

  @BeforeAll
  static void importMainClasses() {
    text =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigie.text");
  }

  @Test
  void no_two_packages_depend_on_each_other() {
    slices().matching("org.vigie.text.(**)").should().beFreeOfCycles().check(text);
  }

  @Test
  void the_scanning_primitives_know_no_other_package() {
    noClasses()
        .that()
        .resideInAPackage("org.vigie.text.scan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above("org.vigie.text.lang.."))
        .check(text);
  }

  @Test
  void the_language_packs_know_only_the_primitives() {
    noClasses()
        .that()
        .resideInAPackage("org.vigie.text.lang..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above())
        .check(text);
  }

  @Test
  void no_stage_knows_the_claims_that_put_them_together() {
    noClasses()
        .that()
        .resideInAnyPackage(STAGES)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.vigie.text.claims..")
        .check(text);
  }

  /** The stages and the claims, and any further packages. */
  private static String[] above(String... more) {
    String[] out = new String[STAGES.length + 1 + more.length];
    System.arraycopy(STAGES, 0, out, 0, STAGES.length);
    out[STAGES.length] = "org.vigie.text.claims..";
    System.arraycopy(more, 0, out, STAGES.length + 1, more.length);
    return out;
  }
}
