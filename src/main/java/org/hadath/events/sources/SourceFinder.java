package org.hadath.events.sources;

import java.util.ArrayList;
import java.util.List;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.Role;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.arguments.Idafa;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * Who reports a sentence's events (SOURCE): subjects of reporting verbs and their عن-sources
 * (نقلت وكالة X عن مصادر Y), and the nouns after بحسب/وفق/نقلاً عن. A sentence that only
 * continues a report (وأضاف، وأشار …, with no subject of its own) inherits the previous
 * sentence's reporters.
 */
public final class SourceFinder {
  /**
   * A reporting verb without subject at this token index or before opens a continuation
   * (the parse selector and the text filter keep the sentence before such a one).
   */
  public static final int CONTINUATION_REACH = 2;
  /** How many tokens after a generic reporter noun an outlet's name may begin (وكالة «سانا»). */
  public static final int OUTLET_REACH = 4;
  /** A reporting verb's object this many tokens after it or fewer is read as its subject. */
  public static final int VERB_FIRST_SUBJECT_REACH = 2;

  private final WordClasses words;
  private final ReporterNames names;

  public SourceFinder(WordClasses words) {
    this.words = words;
    this.names = new ReporterNames(words);
  }

  /** The reporters of sentence {@code v}, or {@code previous} when it continues a report. */
  public List<Candidate> sentenceSources(SentenceView v, List<Candidate> previous) {
    List<Candidate> out = new ArrayList<>();
    if (!v.parsed()) {
      return out;
    }
    boolean continuation = false;
    for (int i = 0; i < v.size(); i++) {
      if (words.is(v, i, WordClass.REPORT) && v.isVerb(i)) {
        // بحسب ما ذكرت X: the relative ما is no reporter, so the verb has no subject of its own
        List<Integer> subj = v.children(i, "nsubj").stream().filter(s -> !isPronoun(v, s)).toList();
        if (subj.isEmpty()) {
          // نقلت الوكالة عن …: a verb-first clause the parse read as verb-object
          int verb = i;
          subj = v.children(i, "obj").stream().filter(o -> o > verb && o <= verb + VERB_FIRST_SUBJECT_REACH).toList();
        }
        for (int s : subj) {
          addSource(v, out, s, "source:report-subject");
          for (int n : v.children(s, "nmod")) {
            addToldTo(v, out, n); // مصادر محلية لـ"…": the parse may hang the outlet on the subject
          }
        }
        for (int o : v.children(i, "obl")) {
          if (words.isA(v.caseOf(o), WordClass.REPORTED_FROM)) {
            addSource(v, out, o, "source:report-from");
          }
          // قالت مصادر لـ"عنب بلدي"، قال في حديث لـ"…": the outlet told is a reporter too
          addToldTo(v, out, o);
          for (int n : v.children(o, "nmod")) {
            addToldTo(v, out, n);
          }
        }
        if (subj.isEmpty() && i <= CONTINUATION_REACH) {
          continuation = true;
        }
      }
      if (words.is(v, i, WordClass.REPORT_PREP)) {
        // بحسب المرصد، وفق مصادر محلية، نقلاً عن ناشطين (but بحسب ما ذكرت X: X is the verb's subject)
        int h = v.rel(i).equals("case") ? v.head(i) : -1;
        if (h < 0) {
          for (int c : v.children(i)) {
            if (!v.tag(c).equals("PUNC")) {
              h = c;
              break;
            }
          }
        }
        if (h >= 0 && h > i) {
          addSource(v, out, h, "source:according-to");
        }
      }
    }
    leadingSpeaker(v, out);
    if (out.isEmpty() && continuation) {
      return previous;
    }
    return out;
  }

  /**
   * Adds a reporter if the phrase can be one: a named actor, a person's name, or a reporting
   * noun (مصادر محلية، مراسل، ناشطون). A generic noun whose name follows (وكالة «سانا»، وكالة
   * أ ف ب) is replaced by the name.
   */
  private void addSource(SentenceView v, List<Candidate> out, int h, String rule) {
    String tag = v.tag(h);
    if (tag.startsWith("VB") || tag.startsWith("PRP") || tag.equals("WP") || tag.equals("IN") || tag.equals("PUNC")) {
      return;
    }
    boolean named = v.actorAt(h) != null && v.actorAt(h).isNamed();
    if (!named) {
      // وكالة «سانا»، مراسل وكالة ستيب: the outlet named inside the phrase is a source too
      for (int c = h + 1; c < Math.min(v.size(), h + OUTLET_REACH + 1); c++) {
        ActorMention am = v.actorAt(c);
        if (am != null && am.category() == ActorCategory.MEDIA_MONITOR && Idafa.chain(v, h, c)) {
          out.add(new Candidate(Role.SOURCE, c, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
              v.span(c, c + 1), rule + "+outlet"));
          if (words.is(v, h, WordClass.OUTLET_NOUN)) {
            return; // وكالة X: the name alone is the source
          }
          break;
        }
      }
    }
    int quoted = named ? -1 : Idafa.quotedNameAfter(v, h);
    if (quoted >= 0 && !words.is(v, h, WordClass.SOURCE_NOUN)) {
      // أعلنت فصائل (الفتح المبين)، غرفة عمليات "X": the name in quotes is the reporter
      ActorMention am = v.actorAt(quoted);
      out.add(new Candidate(Role.SOURCE, quoted, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
          v.span(quoted, quoted + 1), rule + "+quoted-name"));
      return;
    }
    Candidate name = named ? null : names.nameAfter(v, h, rule);
    if (name != null) {
      // مراسلنا سامر العلي: the correspondent, and by name; الناشط سامر العلي: the name alone
      if (!words.is(v, h, WordClass.PERSON_TITLE)) {
        out.add(ArgumentSpans.candidate(v, Role.SOURCE, h, v.span(h, h + 1), rule));
      }
      out.add(name);
    } else if (named || tag.contains("NNP") || words.is(v, h, WordClass.SOURCE_NOUN)) {
      out.add(ArgumentSpans.candidate(v, Role.SOURCE, h, ArgumentSpans.argSpan(v, h), rule));
    }
  }

  private void addToldTo(SentenceView v, List<Candidate> out, int o) {
    if (!words.isA(v.caseOf(o), WordClass.TOLD_TO)) {
      return;
    }
    Candidate c = names.toldTo(v, o);
    if (c != null && out.stream().noneMatch(x -> x.span().overlaps(c.span()))) {
      out.add(c);
    }
  }

  /**
   * A headline or post that opens with its speaker and a colon (قسد: …، عاجل | المرصد: …):
   * a named actor followed by ":" with no verb before it in the sentence.
   */
  private static void leadingSpeaker(SentenceView v, List<Candidate> out) {
    for (int i = 0; i < v.size(); i++) {
      if (v.isVerb(i)) {
        return;
      }
      ActorMention am = v.actorAt(i);
      if (am != null && am.actorId() != null && am.noun() == null && am.tokenEnd() < v.size()
          && v.key(am.tokenEnd()).equals(":")) {
        if (out.stream().noneMatch(c -> c.head() >= am.tokenBegin() && c.head() < am.tokenEnd())) {
          out.add(new Candidate(Role.SOURCE, i, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
              v.span(i, i + 1), "source:leading-speaker"));
        }
        return;
      }
    }
  }

  private static boolean isPronoun(SentenceView v, int t) {
    String tag = v.tag(t);
    return tag.startsWith("PRP") || tag.equals("WP");
  }
}
