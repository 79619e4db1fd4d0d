package org.hadath.events.arguments;

import java.util.List;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.places.PlaceType;
import org.hadath.events.EventType;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;
import org.hadath.events.triggers.Trigger;
import org.hadath.normalize.ArabicGrammar;

/**
 * The role of a place from its preposition (من/عن a place left, إلى/نحو a place reached,
 * على, or ل after a noun, a strike's target, else where it happened; من after a word of
 * nearness, القريبة من قرية X, where it happened too), and how roles read from another event
 * type's frame.
 */
public final class PlaceRoles {
  /** Only a word longer than this can carry a glued preposition (بريف، لمدينة). */
  public static final int MIN_GLUED_LENGTH = 3;

  /**
   * Word classes of verbs that tell the event itself or its toll (classes.tsv): a place under
   * them is the event's (قصف … تسبب بمقتل مدني في بلدة X).
   */
  private static final List<String> SAME_EVENT_VERBS =
      List.of("IMPACT", "UNDERGO", "RESULT", "KILLED", "INJURED");

  /** The word class of nearness (القريبة، بالقرب، مقربة: classes.tsv) before من. */
  static final String NEAR = "NEAR";

  private final WordClasses words;

  public PlaceRoles(WordClasses words) {
    this.words = words;
  }

  /** The role of place {@code p} with head {@code h} below a trigger of {@code type}, or null. */
  public Role below(SentenceView v, EventType type, int h, PlaceMention p) {
    String prep = v.caseOf(h);
    if (prep.isEmpty()) {
      prep = gluedPreposition(v, p);
    }
    if (type == EventType.EVACUATION && words.isA(prep, WordClass.FROM)) {
      return Role.ORIGIN;
    }
    if (type == EventType.EVACUATION && words.isA(prep, WordClass.TOWARDS)) {
      return Role.DESTINATION;
    }
    if (type == EventType.STRIKE && (words.isA(prep, WordClass.ON)
        || words.isA(prep, WordClass.TARGET_PREP) && !v.isVerb(v.head(h) < 0 ? h : v.head(h)))) {
      return Role.TARGET;
    }
    if (words.isA(prep, WordClass.FROM) && v.head(h) >= 0 && words.rules().isA(v.key(v.head(h)), NEAR)) {
      return Role.LOCATION; // محطة القريبة من قرية X، بالقرب من بلدة Y: where it lies
    }
    if (words.isA(prep, WordClass.FROM) || words.isA(prep, WordClass.TOWARDS)) {
      return null;
    }
    return Role.LOCATION;
  }

  /**
   * Whether {@code p} follows a word of nearness, alone or with من (قرب بلدة X، بالقرب من
   * مدينة Y، القريبة من قرية Z): the text puts a thing near it, so it is where, not what.
   */
  public boolean afterNear(SentenceView v, PlaceMention p) {
    int k = p.tokenBegin() - 1;
    if (k >= 0 && words.isA(v.key(k), WordClass.FROM)) {
      k--;
    }
    return k >= 0 && words.rules().isA(v.key(k), NEAR);
  }

  /** The preposition glued to a place mention's first word when the segmenter left it (بريف), or "". */
  public String gluedPreposition(SentenceView v, PlaceMention p) {
    String k = v.key(p.tokenBegin());
    if (k.length() > MIN_GLUED_LENGTH && (k.startsWith(ArabicGrammar.BI) || k.startsWith(ArabicGrammar.LI))
        && words.isA(k.substring(1), WordClass.PLACECUE)) {
      return k.substring(0, 1);
    }
    return "";
  }

  /**
   * A country name with no preposition of its own names a belligerent, not a place (قصف
   * لطائرات النظام وروسيا، قصفت تركيا): it is no place argument.
   */
  public static boolean namesActor(SentenceView v, int h, PlaceMention p) {
    return p.placeType() == PlaceType.COUNTRY && v.caseOf(h).isEmpty();
  }

  /** Roles of another type's frame, seen from {@code target} (a clash's agent and target are its sides). */
  public static Role mapRole(Role r, EventType target) {
    if (target == EventType.CLASH && (r == Role.AGENT || r == Role.TARGET)) {
      return Role.PARTICIPANT;
    }
    if (target == EventType.STRIKE && r == Role.PARTICIPANT) {
      return Role.AGENT;
    }
    return r;
  }

  /**
   * يستمر القصف … ويطال قرى X: a verb coordinated with the one whose subject the event is
   * tells more of the same event.
   */
  private static boolean sharesSubject(SentenceView v, Trigger t, int x) {
    return v.rel(x).startsWith("conj") && v.head(x) >= 0 && v.head(x) == v.head(t.token())
        && v.rel(t.token()).startsWith("nsubj");
  }

  /**
   * A clause beside the event's (فيما اغتال، وتقع القرية), not one that describes or completes a
   * word of it (a relative clause, a complement).
   */
  private static boolean clauseOfItsOwn(String rel) {
    return rel.startsWith("advcl") || rel.startsWith("conj") || rel.startsWith("parataxis");
  }

  /**
   * True when the place hangs under a verb of its own below the point where its path meets the
   * trigger's (فيما اغتال مجهولون … في درعا، كان سجيناً في تركيا، وتقع القرية على طريق X): it
   * says where something else happened or lies. A verb of the event itself (an event word,
   * استهدف الأحياء بمدينة X), a light verb (شن، نفذ), a verb of impact (طال، سقط), of
   * undergoing (تعرض), of result (تسبب، أدى) or of the toll (قتل، أصيب) does not count, nor a place name the tagger took for a verb (إدلب), nor a
   * clause that describes or completes a word on the path (منزلاً يقطنه مهجرون على أطراف بنش:
   * the house is there).
   */
  public boolean inOtherClause(SentenceView v, Trigger t, int h) {
    for (int x = v.head(h); x >= 0; x = v.head(x)) {
      if (x == t.token() || v.depthBelow(x, t.token()) >= 0) {
        return false; // the meeting point: the trigger or a word above it
      }
      if (v.isVerb(x) && clauseOfItsOwn(v.rel(x)) && v.placeAt(x) == null && !sharesSubject(v, t, x)
          && !words.isTriggerWord(v, x) && !t.alts().contains(x)
          && !words.is(v, x, WordClass.LIGHT) && !sameEventVerb(v, x)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameEventVerb(SentenceView v, int x) {
    return SAME_EVENT_VERBS.stream().anyMatch(c -> words.is(v, x, c));
  }
}
