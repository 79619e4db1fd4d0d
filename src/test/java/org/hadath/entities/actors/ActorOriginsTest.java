package org.hadath.entities.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hadath.normalize.ArabicKeys;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.junit.jupiter.api.Test;

/** The nisba adjectives and country names of {@code actor_origins.tsv}: lookup and load-time checks. */
class ActorOriginsTest {
  private static final List<String> HEADER = List.of("form", "actor");

  private static ModelFiles.Table table(String... rows) {
    List<String> lines = new java.util.ArrayList<>(List.of("form\tactor"));
    lines.addAll(List.of(rows));
    return ModelFiles.parse("test/actor_origins.tsv", lines, ModelFiles.Layout.header(HEADER));
  }

  @Test
  void packagedFormsWithAndWithoutTheArticle() {
    ActorLexicon lex = ActorLexicon.defaults();
    assertEquals("russia-forces", lex.originOf(ArabicKeys.matchKey("روسية")).id());
    assertEquals("turkey-forces", lex.originOf(ArabicKeys.matchKey("التركي")).id());
    assertEquals("israel-forces", lex.originOf(ArabicKeys.matchKey("إسرائيل")).id());
    assertEquals("israel-forces", lex.originOf(ArabicKeys.matchKey("الإسرائيلية")).id());
    assertNull(lex.originOf(ArabicKeys.matchKey("الحدود")));
  }

  @Test
  void unknownActorIdNamesTheLine() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> ActorLexicon.readOrigins(table("روسي\tnobody"), ActorLexicon.defaults().actors()));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("nobody"), e.getMessage());
  }

  @Test
  void oneWordFormsOnlyAndNoFormForTwoActors() {
    assertThrows(ModelFormatException.class,
        () -> ActorLexicon.readOrigins(table("جيش روسي\trussia-forces"), ActorLexicon.defaults().actors()));
    assertThrows(ModelFormatException.class, () -> ActorLexicon.readOrigins(
        table("روسي\trussia-forces", "روسي\tturkey-forces"), ActorLexicon.defaults().actors()));
  }
}
