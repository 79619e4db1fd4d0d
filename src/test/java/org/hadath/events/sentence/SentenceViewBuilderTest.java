package org.hadath.events.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.events.WordClass;
import org.junit.jupiter.api.Test;

/** A sentence view from plain arrays reads like one from CoreNLP: keys, tree, offsets, mentions. */
class SentenceViewBuilderTest {

  private final SentenceView v = HandSentence.parse(
      "قصفت/VBD/0/root طائرات/NNS/1/nsubj التحالف/DTNN/2/nmod قرية/NN/1/obj الأمل/DTNN/4/nmod ./PUNC/1/punct")
      .actor(2, 3, "coalition", ActorCategory.FOREIGN_FORCE)
      .place(3, 5, null)
      .build();

  @Test
  void treeAndOffsetsFollowTheArrays() {
    assertEquals(6, v.size());
    assertTrue(v.parsed());
    assertEquals(-1, v.head(0));
    assertEquals("", v.rel(0));
    assertEquals(0, v.head(1));
    assertEquals("nsubj", v.rel(1));
    assertEquals(List.of(1, 3, 5), v.children(0));
    assertEquals(List.of(3), v.children(0, "obj"));
    assertTrue(v.dominates(0, 4));
    assertEquals(2, v.depthBelow(0, 4));
    assertEquals(-1, v.depthBelow(3, 1));
    assertEquals("طائرات التحالف", v.span(1, 3).text());
    assertEquals(v.text().indexOf("طائرات"), v.begin(1));
  }

  @Test
  void keysAreMatchKeysAndMentionsCoverTheirTokens() {
    assertEquals("قريه", v.key(3)); // ة → ه
    assertEquals("coalition", v.actorAt(2).actorId());
    assertNull(v.actorAt(1));
    assertEquals("قرية الأمل", v.placeAt(4).text());
    assertTrue(HandSentence.words().is(v, 1, WordClass.AIR));
    assertFalse(HandSentence.words().is(v, 3, WordClass.AIR));
  }

  @Test
  void treeHelpersMeasureLinksAndClauses() {
    assertEquals(2, Trees.treeDistance(v, 2, 0));
    assertEquals(3, Trees.treeDistance(v, 2, 3));
    assertEquals(0, Trees.clauseHead(v, 4));
    assertEquals(3, Trees.mentionHead(v, 3, 5));
    assertEquals(List.of(4, 2, 5, 1), Trees.nearestFirst(v, 3, 2));
    assertEquals(List.of(4, 3, 0), Trees.governorChain(v, 4));
  }

  @Test
  void badHeadsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> HandSentence.parse("قصف/NN/1/root").build());
    assertThrows(IllegalArgumentException.class, () -> HandSentence.parse("قصف/NN/3/root").build());
  }
}
