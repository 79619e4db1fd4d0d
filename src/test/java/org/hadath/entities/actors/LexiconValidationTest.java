package org.hadath.entities.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hadath.util.ModelFiles;
import org.hadath.util.ModelFormatException;
import org.hadath.entities.places.PlaceGazetteer;
import org.hadath.entities.places.PlaceType;
import org.junit.jupiter.api.Test;

/** Load-time validation of the model files: errors name file and line. */
class LexiconValidationTest {

  private static final List<String> ACTOR_HEADER =
      List.of("id", "name_en", "category", "affiliation", "aliases");
  private static final String DIR = "org/hadath/entities/";

  private static ModelFiles.Table testTable(String file, List<String> header) {
    return ModelFiles.parse(DIR + file, LexiconValidationTest.class.getClassLoader().getResourceAsStream(DIR + file),
        ModelFiles.Layout.header(header));
  }

  private static ModelFormatException actorError(String file) {
    return assertThrows(ModelFormatException.class, () -> ActorLexicon.readActors(testTable(file, ACTOR_HEADER)));
  }

  @Test
  void badColumnCountNamesFileAndLine() {
    ModelFormatException e = actorError("bad_columns.tsv");
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith(DIR + "bad_columns.tsv:4:"), e.getMessage());
  }

  @Test
  void unknownCategory() {
    ModelFormatException e = actorError("bad_category.tsv");
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("PIRATES"));
  }

  @Test
  void unknownAffiliation() {
    ModelFormatException e = actorError("bad_affiliation.tsv");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("nobody"));
  }

  @Test
  void duplicateId() {
    ModelFormatException e = actorError("dup_id.tsv");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("duplicate id ok"));
  }

  @Test
  void placeWithUnknownGovernorate() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> PlaceGazetteer.readPlaces(testTable("bad_place.tsv", List.of("id", "name_en", "type",
            "governorate", "country", "lat", "lon", "aliases", "source"))));
    assertEquals(2, e.line());
  }

  @Test
  void epithetOfAnActorTheShortFormCannotNameIsRejected() {
    ActorLexicon lex = ActorLexicon.defaults();
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> ActorLexicon.readEpithets(testTable("bad_epithet.tsv", List.of("form", "epithets", "actor")),
            lex.actors(), lex.anaphors()));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("isis"), e.getMessage());
  }

  @Test
  void shippedModelsLoadAndAreLargeEnough() {
    ActorLexicon lex = ActorLexicon.defaults();
    assertTrue(lex.actors().size() >= 110, "actors: " + lex.actors().size());
    PlaceGazetteer gaz = PlaceGazetteer.defaults();
    assertEquals(14, gaz.places().values().stream()
        .filter(p -> p.type() == PlaceType.GOVERNORATE && "SY".equals(p.country())).count());
  }
}
