package org.hadath.entities.places;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.hadath.entities.PhraseMatcher;

/**
 * CoreNLP annotator that marks place mentions on every sentence
 * ({@link PlaceAnnotations.PlaceMentionsAnnotation}).
 *
 * <p>Add it with {@code customAnnotatorClass.hadath_places =
 * org.hadath.entities.places.PlaceAnnotator}; it needs tokens, sentences and POS tags. A
 * mention is, left to right: an optional leading direction (شرقي، جنوب شرق), an optional cue
 * noun (قرية، بريف، مخيم), then a name, then an optional direction adjective (الشرقي). The name
 * is a gazetteer alias (longest match, clitics and quotes allowed) or, after a cue only, an
 * unknown name of at most three tokens that ends before punctuation, a preposition, a verb,
 * another cue or a direction word; an unknown hashtag name after في or ب is a place too
 * ({@link HashtagPlaces}). An unknown name directly followed by a known place
 * (قرية الكشمة بريف دير الزور) gets that place as its {@code container}.
 *
 * <p>Stateless after construction; one instance may serve several threads.
 */
public final class PlaceAnnotator implements Annotator {

  /** Most tokens (prepositions, الواقعة في...) allowed between a place and its container. */
  private static final int MAX_CONTAINER_GAP = 3;

  private final PlaceGazetteer gaz;
  private final UnknownNames names;

  /** The CoreNLP constructor; property {@code hadath.models} names a folder of edited models. */
  public PlaceAnnotator(String name, Properties props) {
    this(PlaceGazetteer.of(org.hadath.util.ModelFiles.fromProperties(props)));
  }

  /** An annotator over an explicit gazetteer. */
  public PlaceAnnotator(PlaceGazetteer gaz) {
    this.gaz = gaz;
    this.names = new UnknownNames(gaz);
  }

  @Override
  public void annotate(Annotation annotation) {
    String doc = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (doc == null || sentences == null) {
      return;
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      List<PlaceMention> ms = tokens == null ? List.of()
          : sentence(tokens, doc, s, ActorSpans.of(sentences.get(s)));
      sentences.get(s).set(PlaceAnnotations.PlaceMentionsAnnotation.class, ms);
    }
  }

  /** A mention under construction. */
  private record Draft(int tokBegin, int tokEnd, int begin, int end, int headTokBegin,
      int headTokEnd, int headBegin, int headEnd, Place place, PlaceGazetteer.Cue cue,
      Direction direction) {}

  private List<PlaceMention> sentence(List<CoreLabel> toks, String doc, int s,
      ActorSpans actors) {
    Map<Integer, PhraseMatcher.Match<Place>> gazAt = MatchIndex.longestByStart(
        gaz.names().findAll(toks, doc));
    Map<Integer, PhraseMatcher.Match<PlaceGazetteer.Cue>> cueAt = MatchIndex.longestByStart(
        gaz.cues().findAll(toks, doc));
    Map<Integer, PhraseMatcher.Match<PlaceGazetteer.DirectionWord>> dirAt = MatchIndex.longestByStart(
        gaz.directions().findAll(toks, doc));

    List<Draft> drafts = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Draft d = at(i, toks, doc, gazAt, cueAt, dirAt);
      if (d == null && !gazAt.containsKey(i + 1)) {
        d = hashtag(i, toks, doc);
      }
      if (d != null && actors.covers(d.headTokBegin(), d.headTokEnd())) {
        d = null;
      }
      if (d == null) {
        i++;
      } else {
        drafts.add(d);
        i = d.tokEnd();
        // مناطق ريف حماة وسقوط …: a plural cue before another cue counts the countrysides;
        // only known names continue its list (ريفي حلب وإدلب)
        boolean knownOnly = nested(d, cueAt, dirAt);
        // قريتي X وY، قرى X وY وZ: a dual or plural cue names every place of its list
        // (محوري "X" و"Y": past the closing quote of a quoted name)
        while (d != null && d.cue() != null && d.cue().several()
            && PlaceTokens.skipClosingQuote(toks, i) + 1 < toks.size()
            && PlaceTokens.isListJoin(toks.get(PlaceTokens.skipClosingQuote(toks, i)))) {
          int next = PlaceTokens.skipQuotes(toks, PlaceTokens.skipClosingQuote(toks, i) + 1);
          d = sibling(next, toks, d.cue(), knownOnly, gazAt, cueAt, dirAt);
          if (d != null) {
            drafts.add(d);
            i = d.tokEnd();
          }
        }
      }
    }
    List<PlaceMention> out = new ArrayList<>();
    Place[] containers = new Place[drafts.size()];
    // Right to left, so that a chain (حي X في قرية Y بريف Z) passes the known place leftwards.
    for (int k = drafts.size() - 1; k >= 0; k--) {
      Draft d = drafts.get(k);
      if (k + 1 < drafts.size()) { // known places too: a sibling before them shares theirs
        Draft n = drafts.get(k + 1);
        if (adjacent(toks, d.tokEnd(), n.tokBegin())) {
          // قريتي X وY بريف Z: a place joined by و is a sibling, not a container; X shares
          // Y's container
          containers[k] = PlaceTokens.coordinated(toks, d.tokEnd(), n.tokBegin()) ? containers[k + 1]
              : n.place() != null ? n.place() : containers[k + 1];
        }
      }
    }
    for (int k = 0; k < drafts.size(); k++) {
      out.add(toMention(drafts.get(k), containers[k], doc, s));
    }
    return ImmutableList.copyOf(out);
  }

  /** في #X: an unknown hashtag name after a preposition of place ({@link HashtagPlaces}). */
  private Draft hashtag(int i, List<CoreLabel> toks, String doc) {
    int end = HashtagPlaces.nameEnd(toks, i, doc, gaz);
    if (end < 0) {
      return null;
    }
    int b = toks.get(i + 1).beginPosition();
    int e = toks.get(end - 1).endPosition();
    return new Draft(i + 1, end, b, e, i + 1, end, b, e, null, null, null);
  }

  /** The next name of a list after a dual or plural cue, as a place of the cue's type. */
  private Draft sibling(int k, List<CoreLabel> toks, PlaceGazetteer.Cue cue, boolean knownOnly,
      Map<Integer, PhraseMatcher.Match<Place>> gazAt, Map<Integer, ?> cueAt, Map<Integer, ?> dirAt) {
    if (k >= toks.size() || cueAt.containsKey(k) || dirAt.containsKey(k)
        || knownOnly && !gazAt.containsKey(k)) {
      return null; // a new cue or direction starts a mention of its own
    }
    PhraseMatcher.Match<Place> g = gazAt.get(k);
    int end;
    Place place = null;
    if (g != null) {
      end = g.tokenEnd();
      place = PlaceChoice.choose(g.values(), cue.type());
    } else {
      if (PlaceTokens.splitNameStart(toks, k)) {
        int rest = names.end(toks, k + 1, false, gazAt, cueAt, dirAt);
        end = rest > k + 1 ? rest : k; // ، وأطراف X: a conjunction before a cue is no name
      } else {
        end = names.end(toks, k, false, gazAt, cueAt, dirAt);
      }
      if (end <= k && names.loneListWord(toks, k)) {
        end = k + 1; // نواحي الرصافة وأثريا والسخنة: a one-word member the tagger took for an adjective
      }
      if (end <= k) {
        return null;
      }
    }
    int b = toks.get(k).beginPosition();
    int e = toks.get(end - 1).endPosition();
    return new Draft(k, end, b, e, k, end, b, e, place, cue, null);
  }

  /** Whether the draft's cue (after a leading direction) is followed by another cue. */
  private static boolean nested(Draft d, Map<Integer, ? extends PhraseMatcher.Match<?>> cueAt,
      Map<Integer, PhraseMatcher.Match<PlaceGazetteer.DirectionWord>> dirAt) {
    int j = d.tokBegin();
    PhraseMatcher.Match<PlaceGazetteer.DirectionWord> dir = dirAt.get(j);
    if (dir != null && dir.values().get(0).before()) {
      j = dir.tokenEnd();
    }
    PhraseMatcher.Match<?> cue = cueAt.get(j);
    return cue != null && cueAt.containsKey(cue.tokenEnd());
  }

  private Draft at(int i, List<CoreLabel> toks, String doc,
      Map<Integer, PhraseMatcher.Match<Place>> gazAt,
      Map<Integer, PhraseMatcher.Match<PlaceGazetteer.Cue>> cueAt,
      Map<Integer, PhraseMatcher.Match<PlaceGazetteer.DirectionWord>> dirAt) {
    int j = i;
    PhraseMatcher.Match<PlaceGazetteer.DirectionWord> before = dirAt.get(j);
    Direction direction = null;
    PhraseMatcher.Match<Place> named = gazAt.get(j);
    // شرق الفرات is itself a name (a region), not "east of" + الفرات.
    boolean partOfName = before != null && named != null && named.tokenEnd() > before.tokenEnd();
    if (before != null && before.values().get(0).before() && !partOfName) {
      direction = before.values().get(0).direction();
      j = before.tokenEnd();
    } else {
      before = null;
    }
    PhraseMatcher.Match<PlaceGazetteer.Cue> cue = cueAt.get(j);
    int nameStart = j;
    PhraseMatcher.Match<Place> whole = null;
    if (cue != null) {
      nameStart = PlaceTokens.skipQuotes(toks, cue.tokenEnd());
      whole = gazAt.get(j);
      // An alias that itself starts with the cue word (مخيم الهول) is used whole, unless the
      // name after the cue is known by itself, in which case cue + name keeps the head clean.
      if (whole != null && whole.tokenEnd() > cue.tokenEnd() && !gazAt.containsKey(nameStart)) {
        cue = null;
        nameStart = j;
      }
    }
    if (nameStart >= toks.size()) {
      return null;
    }
    PlaceType cueType = cue == null ? null : cue.values().get(0).type();
    if ((cueType == PlaceType.REGION || cueType == PlaceType.FRONT) && nameStart == cue.tokenEnd()
        && cueAt.containsKey(nameStart) && !gazAt.containsKey(nameStart)) {
      // ريف مدينة X، محور قرية Y: the countryside or front of a place named with its own cue
      Draft in = at(nameStart, toks, doc, gazAt, cueAt, dirAt);
      return in == null || in.tokBegin() != nameStart ? null : new Draft(before != null
          ? before.tokenBegin() : cue.tokenBegin(), in.tokEnd(), before != null ? before.begin()
          : cue.begin(), in.end(), in.headTokBegin(), in.headTokEnd(), in.headBegin(), in.headEnd(),
          in.place(), cue.values().get(0), direction != null ? direction : in.direction());
    }
    PhraseMatcher.Match<Place> g = gazAt.get(nameStart);
    boolean quoted = cue != null && nameStart > cue.tokenEnd()
        && PhraseMatcher.isQuote(toks.get(nameStart - 1));
    int quoteEnd = quoted ? names.end(toks, nameStart, true, gazAt, cueAt, dirAt) : -1;
    if (g != null && quoteEnd > g.tokenEnd() && quoteEnd < toks.size()
        && PhraseMatcher.isQuote(toks.get(quoteEnd))) {
      g = null; // قرية "الحويجة الصغيرة": the quotes hold a longer name than the known one
    }
    if (g != null && cue == null && before == null) {
      PlaceGazetteer.Guard guard = gaz.guard(g.key());
      if (guard == PlaceGazetteer.Guard.NEEDS_CUE) {
        g = null;
      } else if (guard == PlaceGazetteer.Guard.NOT_VERB) {
        String tag = toks.get(nameStart).tag();
        if (tag != null && tag.startsWith("VB")) {
          g = null;
        }
      }
    }
    int headTokBegin = nameStart;
    int headTokEnd;
    int headBegin;
    int headEnd;
    Place place = null;
    if (g != null) {
      headTokEnd = g.tokenEnd();
      headBegin = g.begin();
      headEnd = g.end();
      place = PlaceChoice.choose(g.values(), cue == null ? null : cue.values().get(0).type());
      if (cue != null && whole != null && whole.tokenEnd() >= g.tokenEnd()) {
        place = PlaceChoice.ofCueType(whole.values(), place, cue.values().get(0).type());
      }
    } else if (cue != null && cue.values().get(0).type() == PlaceType.REGION
        && PlaceTokens.relativeNameEnd(toks, nameStart, k -> afterDirection(dirAt, k)) >= 0) {
      // الريف الغربي، ريفها الشرقي: the countryside of the place the text is about; the cue
      // (and its pronoun) stands for the name
      headTokBegin = cue.tokenBegin();
      headTokEnd = PlaceTokens.relativeNameEnd(toks, nameStart, k -> afterDirection(dirAt, k));
      headBegin = cue.begin();
      headEnd = toks.get(headTokEnd - 1).endPosition();
    } else if (cue != null) {
      if (!quoted && PlaceTokens.splitNameStart(toks, nameStart)) {
        int rest = names.end(toks, nameStart + 1, false, gazAt, cueAt, dirAt);
        headTokEnd = rest > nameStart + 1 ? rest : nameStart;
      } else {
        headTokEnd = names.end(toks, nameStart, quoted, gazAt, cueAt, dirAt);
      }
      if (headTokEnd <= nameStart) {
        return null;
      }
      headBegin = toks.get(nameStart).beginPosition();
      headEnd = toks.get(headTokEnd - 1).endPosition();
    } else {
      return null;
    }
    int tokEnd = headTokEnd;
    int end = headEnd;
    int after = PlaceTokens.skipClosingQuote(toks, headTokEnd);
    PhraseMatcher.Match<PlaceGazetteer.DirectionWord> adj = dirAt.get(after);
    if (adj != null && !adj.values().get(0).before()) {
      direction = adj.values().get(0).direction();
      tokEnd = adj.tokenEnd();
      end = adj.end();
    }
    int begin;
    int tokBegin;
    if (before != null) {
      begin = before.begin();
      tokBegin = before.tokenBegin();
    } else if (cue != null) {
      begin = cue.begin();
      tokBegin = cue.tokenBegin();
    } else {
      begin = headBegin;
      tokBegin = headTokBegin;
    }
    return new Draft(tokBegin, tokEnd, begin, end, headTokBegin, headTokEnd, headBegin, headEnd,
        place, cue == null ? null : cue.values().get(0), direction);
  }

  private static boolean afterDirection(
      Map<Integer, PhraseMatcher.Match<PlaceGazetteer.DirectionWord>> dirAt, int k) {
    PhraseMatcher.Match<PlaceGazetteer.DirectionWord> m = dirAt.get(k);
    return m != null && !m.values().get(0).before();
  }

  private boolean adjacent(List<CoreLabel> toks, int from, int to) {
    if (to < from || to - from > MAX_CONTAINER_GAP) {
      return false;
    }
    for (int k = from; k < to; k++) {
      CoreLabel t = toks.get(k);
      String tag = t.tag() == null ? "" : t.tag();
      if (!(tag.equals("IN") || PhraseMatcher.isQuote(t)
          || gaz.isNameStop(PhraseMatcher.tokenKey(t)))) {
        return false;
      }
    }
    return true;
  }

  private PlaceMention toMention(Draft d, Place container, String doc, int s) {
    Place p = d.place();
    PlaceType type = d.cue() != null ? d.cue().type() : p != null ? p.type() : null;
    Place geo = p != null ? p : container;
    String governorate = null;
    String country = null;
    if (geo != null) {
      governorate = geo.governorate();
      country = geo.country();
    }
    return new PlaceMention(doc.substring(d.begin(), d.end()), d.begin(), d.end(), s,
        d.tokBegin(), d.tokEnd(), doc.substring(d.headBegin(), d.headEnd()), d.headBegin(),
        d.headEnd(), p == null ? null : p.id(), p == null ? null : p.nameEn(), type,
        governorate, country, p == null ? null : p.lat(), p == null ? null : p.lon(),
        p == null ? container : null, d.cue() == null ? null : d.cue().key(), d.direction());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(PlaceAnnotations.PlaceMentionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }
}
