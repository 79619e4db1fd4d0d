package org.hadath.entities.actors;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.hadath.entities.EntityAnnotations;
import org.hadath.entities.PhraseMatcher;

/**
 * CoreNLP annotator that marks actor mentions on every sentence
 * ({@link ActorAnnotations.ActorMentionsAnnotation}).
 *
 * <p>Add it to a pipeline with {@code customAnnotatorClass.hadath_actors =
 * org.hadath.entities.actors.ActorAnnotator} and {@code annotators = tokenize,ssplit,pos,
 * hadath_actors}. What it does, per document:
 * <ol>
 *   <li>finds aliases, short forms and people nouns with the {@link PhraseMatcher} (clitics,
 *       quotes, longest match);
 *   <li>resolves short forms (التنظيم) to the candidate actor named most recently before them
 *       in the document, and drops them when none was: the document-level anaphor rule of
 *       {@code actor_anaphors.tsv};
 *   <li>joins a people noun with a following group, directly or through a linking word
 *       (مسلحي التنظيم، عناصر من «قسد»), into one mention;
 *   <li>adds the names no entry holds that a head noun introduces in quotes (قناة “حلب اليوم”):
 *       mentions with a category and no id ({@link QuotedNames}), and numbered units (الفوج 47,
 *       {@link UnitNames}).
 * </ol>
 * Holds no per-document state: one instance may serve several threads.
 */
public final class ActorAnnotator implements Annotator {

  private final ActorLexicon lexicon;

  /** The CoreNLP constructor; property {@code hadath.models} names a folder of edited models. */
  public ActorAnnotator(String name, Properties props) {
    this(ActorLexicon.of(org.hadath.util.ModelFiles.fromProperties(props)));
  }

  /** An annotator over an explicit lexicon. */
  public ActorAnnotator(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** One resolved piece before noun-of-group joining. */
  private record Atom(PhraseMatcher.Match<ActorLexicon.Entry> match, Actor actor,
      PeopleNoun noun, boolean viaAnaphor) {}

  @Override
  public void annotate(Annotation annotation) {
    String doc = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (doc == null || sentences == null) {
      return;
    }
    // When each actor was last named by a full alias or resolved short form (mention order).
    Map<String, Integer> lastNamed = new HashMap<>();
    int order = 0;
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        sentence.set(ActorAnnotations.ActorMentionsAnnotation.class, List.of());
        sentence.set(ActorAnnotations.ActorOriginsAnnotation.class, List.of());
        sentence.set(EntityAnnotations.ActorNameRangesAnnotation.class, List.of());
        continue;
      }
      List<Atom> atoms = new ArrayList<>();
      for (PhraseMatcher.Match<ActorLexicon.Entry> m : PhraseMatcher.longestNonOverlapping(
          lexicon.matcher().findAll(tokens, doc))) {
        Atom atom = resolve(m, lastNamed);
        if (atom == null) {
          atom = byEpithet(m, tokens); // النظام المجرم: a short form with an epithet needs no antecedent
        }
        if (atom == null) {
          continue;
        }
        if (atom.actor() != null) {
          lastNamed.put(atom.actor().id(), order++);
        }
        atoms.add(atom);
      }
      List<ActorMention> mentions = withQuotedNames(join(atoms, tokens, doc, s), tokens, doc, s);
      sentence.set(ActorAnnotations.ActorMentionsAnnotation.class, mentions);
      sentence.set(ActorAnnotations.ActorOriginsAnnotation.class, origins(mentions, tokens, doc, s));
      sentence.set(EntityAnnotations.ActorNameRangesAnnotation.class, nameRanges(mentions));
    }
  }

  /**
   * Adds the names in quotes after a head noun that no lexicon entry took (قناة “…”): actor
   * mentions with the head's category and no id ({@link QuotedNames}).
   */
  private List<ActorMention> withQuotedNames(List<ActorMention> mentions, List<CoreLabel> tokens, String doc,
      int s) {
    BitSet taken = new BitSet(tokens.size());
    for (ActorMention m : mentions) {
      taken.set(m.tokenBegin(), m.tokenEnd());
    }
    List<QuotedNames.Name> names = new ArrayList<>(QuotedNames.find(tokens, doc, lexicon.heads(), taken));
    for (QuotedNames.Name n : names) {
      taken.set(n.tokenBegin(), n.tokenEnd());
    }
    for (UnitNames.Name u : lexicon.units().find(tokens, doc, taken)) {
      names.add(new QuotedNames.Name(u.tokenBegin(), u.tokenEnd(), ActorCategory.UNIDENTIFIED_ARMED));
    }
    if (names.isEmpty()) {
      return mentions;
    }
    List<ActorMention> out = new ArrayList<>(mentions);
    for (QuotedNames.Name n : names) {
      int b = tokens.get(n.tokenBegin()).beginPosition();
      int e = tokens.get(n.tokenEnd() - 1).endPosition();
      out.add(new ActorMention(doc.substring(b, e), b, e, s, n.tokenBegin(), n.tokenEnd(), null, null,
          n.category(), null, null, null, false));
    }
    out.sort(Comparator.comparingInt(ActorMention::tokenBegin));
    return ImmutableList.copyOf(out);
  }

  /** The words outside {@code mentions} that name a state's forces by their country (روسية). */
  private List<ActorMention> origins(List<ActorMention> mentions, List<CoreLabel> tokens, String doc, int s) {
    BitSet taken = new BitSet(tokens.size());
    for (ActorMention m : mentions) {
      taken.set(m.tokenBegin(), m.tokenEnd());
    }
    List<ActorMention> out = new ArrayList<>();
    for (int i = taken.nextClearBit(0); i < tokens.size(); i = taken.nextClearBit(i + 1)) {
      CoreLabel t = tokens.get(i);
      Actor a = lexicon.originOf(PhraseMatcher.tokenKey(t));
      if (a != null) {
        out.add(new ActorMention(doc.substring(t.beginPosition(), t.endPosition()), t.beginPosition(),
            t.endPosition(), s, i, i + 1, a.id(), a.nameEn(), a.category(), a.affiliation(), null, null, false));
      }
    }
    return List.copyOf(out);
  }

  /** The token ranges of the mentions that name an actor, listed or quoted (not a bare people noun). */
  private static List<EntityAnnotations.TokenRange> nameRanges(List<ActorMention> mentions) {
    List<EntityAnnotations.TokenRange> out = new ArrayList<>();
    for (ActorMention a : mentions) {
      if (a.noun() == null) {
        out.add(new EntityAnnotations.TokenRange(a.tokenBegin(), a.tokenEnd()));
      }
    }
    return List.copyOf(out);
  }

  /** Picks what a match means here, or null for a short form with no antecedent. */
  private Atom resolve(PhraseMatcher.Match<ActorLexicon.Entry> m, Map<String, Integer> named) {
    // A phrase may be both an alias and a noun or short form; the full alias is most specific.
    for (ActorLexicon.Entry e : m.values()) {
      if (e instanceof ActorLexicon.ActorEntry a) {
        return new Atom(m, a.actor(), null, false);
      }
    }
    for (ActorLexicon.Entry e : m.values()) {
      if (e instanceof ActorLexicon.AnaphorEntry an) {
        String best = null;
        int bestOrder = -1;
        for (String id : an.candidates()) {
          Integer o = named.get(id);
          if (o != null && o > bestOrder) {
            best = id;
            bestOrder = o;
          }
        }
        if (best != null) {
          return new Atom(m, lexicon.actor(best), null, true);
        }
      }
    }
    for (ActorLexicon.Entry e : m.values()) {
      if (e instanceof ActorLexicon.NounEntry n) {
        return new Atom(m, null, n.noun(), false);
      }
    }
    return null;
  }

  /**
   * A short form with no antecedent that an epithet right after it ties to one actor
   * ({@code actor_epithets.tsv}: قصف النظام المجرم), or null.
   */
  private Atom byEpithet(PhraseMatcher.Match<ActorLexicon.Entry> m, List<CoreLabel> tokens) {
    if (m.tokenEnd() >= tokens.size()) {
      return null;
    }
    String next = PhraseMatcher.tokenKey(tokens.get(m.tokenEnd()));
    for (ActorLexicon.Entry e : m.values()) {
      if (e instanceof ActorLexicon.AnaphorEntry an) {
        Actor a = lexicon.epithetActor(an.form(), next);
        if (a != null) {
          return new Atom(m, a, null, true);
        }
      }
    }
    return null;
  }

  private List<ActorMention> join(List<Atom> atoms, List<CoreLabel> tokens, String doc, int s) {
    List<ActorMention> out = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      if (a.noun() != null) {
        ActorMention.NounPart noun = nounPart(a, doc);
        Atom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
        if (next != null && next.actor() != null
            && linksTo(tokens, a.match().tokenEnd(), next.match().tokenBegin())) {
          ActorMention group = named(next, doc, s);
          Actor g = next.actor();
          out.add(new ActorMention(doc.substring(a.match().begin(), next.match().end()),
              a.match().begin(), next.match().end(), s, a.match().tokenBegin(),
              next.match().tokenEnd(), g.id(), g.nameEn(), g.category(), g.affiliation(),
              noun, group, next.viaAnaphor()));
          i++;
          continue;
        }
        out.add(new ActorMention(noun.text(), noun.begin(), noun.end(), s,
            a.match().tokenBegin(), a.match().tokenEnd(), null, null,
            a.noun().category().impliedActorCategory(), null, noun, null, false));
      } else {
        out.add(named(a, doc, s));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * True when the tokens between a noun and a group are only quotes and at most one linking
   * word (عناصر «قسد»، عناصر من قسد).
   */
  private boolean linksTo(List<CoreLabel> tokens, int from, int to) {
    int links = 0;
    for (int k = from; k < to; k++) {
      CoreLabel t = tokens.get(k);
      if (PhraseMatcher.isQuote(t)) {
        continue;
      }
      if (links == 0 && lexicon.isOfLink(PhraseMatcher.tokenKey(t))) {
        links++;
        continue;
      }
      return false;
    }
    return true;
  }

  private static ActorMention.NounPart nounPart(Atom a, String doc) {
    PhraseMatcher.Match<?> m = a.match();
    return new ActorMention.NounPart(doc.substring(m.begin(), m.end()), m.begin(), m.end(),
        a.noun().category(), a.noun().number());
  }

  private static ActorMention named(Atom a, String doc, int s) {
    PhraseMatcher.Match<?> m = a.match();
    Actor x = a.actor();
    return new ActorMention(doc.substring(m.begin(), m.end()), m.begin(), m.end(), s,
        m.tokenBegin(), m.tokenEnd(), x.id(), x.nameEn(), x.category(), x.affiliation(), null,
        null, a.viaAnaphor());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(ActorAnnotations.ActorMentionsAnnotation.class, ActorAnnotations.ActorOriginsAnnotation.class,
        EntityAnnotations.ActorNameRangesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }
}
