package org.hadath.events;

import java.util.ArrayList;
import java.util.List;
import org.hadath.events.sentence.SentenceView;
import org.hadath.normalize.ArabicGrammar;

/**
 * Recognises trigger words used in another sense than an armed event, by the words they sit
 * with (GUIDE.md: rhetoric and figurative uses are no event):
 * <ul>
 *   <li>an adjective that makes the word figurative (هجوم سياسي، هجمة عنصرية), or a governor
 *       that is a weapons programme or a game (برنامج الصواريخ، خط الهجوم);</li>
 *   <li>an object that is an abstract thing or a request (تفجير الصراعات، انفجار الأزمة، تقدّم
 *       بشكوى، اقتحام النادي النووي), or words or news that "leave" (خرجت تصريحات);</li>
 *   <li>an attack told as words: a clash word with no weapon and no toll whose clause goes on
 *       with how the attacker said it (هاجمت الوزيرة الحركة قائلة …), or, its doer a person in
 *       office, with a speech verb of the same doer (تحدث نائب الرئيس وشنّ هجوماً … وقال:);</li>
 *   <li>an attack word on computers and networks (هجوم على مواقع الويب);</li>
 *   <li>a storming of a club (اقتحام دول جديدة النادي النووي), even when the parse hangs the
 *       club a word lower;</li>
 *   <li>a confrontation whose side is a crowd of protesters (مواجهة مع متظاهرين): no armed
 *       party on that side;</li>
 *   <li>a word inside the quoted title of a film, book or programme (فيلم «المعركة من أجل …»);</li>
 *   <li>a clash or an evacuation whose subject is a person in office, with no weapon and no
 *       toll: a politician's attack in words or a trip (شنّ رئيس الحزب هجوماً على، تقدّم الأمين
 *       العام بشكوى، تنقّل رئيس البلدية بين المراكز);</li>
 *   <li>a trigger word that after في is a preposition (في مواجهة حزب الله: against it).</li>
 * </ul>
 * The words are classes of {@code classes.tsv} (FIGURATIVE, PROGRAMME, SPORT, ABSTRACT,
 * SPEECH_MANNER, TITLE, OFFICIAL, AS_PREPOSITION, LIGHT, REPORT, CYBER, STORM, PROTEST, CONFLICT). Stateless apart from the rules; thread-safe.
 */
final class FigurativeMentions {
  /** Most words from the attack word to the speech word that tells it was an attack in words. */
  static final int SPEECH_REACH = 8;
  /** Most words from the title's opening quotation mark back to the title noun. */
  static final int TITLE_REACH = 2;

  private final EventRules rules;

  FigurativeMentions(EventRules rules) {
    this.rules = rules;
  }

  /** Whether trigger {@code t} of frame {@code f} is used in another sense than an armed event. */
  boolean figurative(SentenceView v, int t, EventFrame f) {
    return byModifier(v, t) || byObject(v, t) || wordsLeaving(v, t, f) || inWords(v, t, f) || titled(v, t) || bySubject(v, t, f)
        || asPreposition(v, t) || cyber(v, t, f) || clubStormed(v, t) || officialSpeaking(v, t, f)
        || withProtesters(v, t, f);
  }


  /** هجوم سياسي، ضربة اقتصادية، هجمة مرتدة؛ برنامج الصواريخ، خط الهجوم. */
  private boolean byModifier(SentenceView v, int t) {
    for (int c : v.children(t, "amod")) {
      if (rules.isA(v, c, WordClass.FIGURATIVE) || rules.isA(v, c, WordClass.SPORT)) {
        return true;
      }
    }
    int h = v.head(t);
    return h >= 0 && h < t && (rules.isA(v, h, WordClass.PROGRAMME) || rules.isA(v, h, WordClass.SPORT));
  }

  /**
   * تفجير الصراعات، تقدّم بشكوى، اقتحام دول جديدة النادي النووي: the trigger's own
   * dependent right after it (past one preposition) is an abstract thing or a request, or its
   * object is a club.
   */
  private boolean byObject(SentenceView v, int t) {
    for (int c : v.children(t)) {
      boolean adjacent = c == t + 1 || c == t + 2 && v.head(t + 1) == c && v.rel(t + 1).startsWith("case");
      if (adjacent && rules.isA(v, c, WordClass.ABSTRACT) || v.rel(c).equals("obj") && rules.isA(v, c, WordClass.SPORT)) {
        return true;
      }
    }
    return false;
  }

  /** خرجت تصريحات من المجموعة: what "leaves" is words or news, not people. */
  private boolean wordsLeaving(SentenceView v, int t, EventFrame f) {
    return f.type() == EventType.EVACUATION
        && v.children(t, "nsubj").stream().anyMatch(c -> rules.isA(v, c, WordClass.ABSTRACT));
  }

  /**
   * هاجمت الوزيرة الحركة قائلة …: an attack word
   * (a clash) without weapon or toll followed in its clause by a manner-of-speech word. A
   * reporting verb after it is no sign: a real clash is often followed by who told of it.
   */
  private boolean inWords(SentenceView v, int t, EventFrame f) {
    if (f.type() != EventType.CLASH || armedOrDeadly(f)) {
      return false;
    }
    for (int i = t + 1; i < v.size() && i <= t + SPEECH_REACH; i++) {
      String k = v.key(i);
      if (k.equals(".") || ArabicGrammar.isSemicolon(k) || k.equals(":")) {
        return false;
      }
      if (rules.isA(v, i, WordClass.SPEECH_MANNER)) {
        return true;
      }
    }
    return false;
  }

  /** فيلم «المعركة من أجل حديثة»: the trigger is inside quotation marks opened right after a title noun. */
  private boolean titled(SentenceView v, int t) {
    for (int i = t - 1; i >= 0; i--) {
      String k = v.key(i);
      if (k.equals(ArabicGrammar.CLOSING_GUILLEMET) || k.equals("”") || k.equals(".") || k.equals(ArabicGrammar.ARABIC_COMMA)) {
        return false;
      }
      if (k.equals("«") || k.equals("“") || k.equals("\"")) {
        for (int j = i - 1; j >= 0 && j >= i - TITLE_REACH; j--) {
          if (rules.isA(v, j, WordClass.TITLE)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * شنّ رئيس الحزب هجوماً على …، تقدّم الأمين العام بشكوى، تنقّل رئيس البلدية: a clash or an
   * evacuation without weapon or toll whose subject (or the subject of the light verb it is the
   * object of) is a person in office.
   */
  private boolean bySubject(SentenceView v, int t, EventFrame f) {
    if (f.type() != EventType.CLASH && f.type() != EventType.EVACUATION || armedOrDeadly(f)) {
      return false;
    }
    int h = v.head(t);
    int verb = h >= 0 && v.rel(t).equals("obj") && rules.isA(v, h, WordClass.LIGHT) ? h : t;
    for (int c : v.children(verb, "nsubj")) {
      if (rules.isA(v, c, WordClass.OFFICIAL)) {
        return true;
      }
    }
    return false;
  }

  /** A weapon or a toll: what a war of words never has. */
  private static boolean armedOrDeadly(EventFrame f) {
    return !f.casualties().isEmpty() || !f.arguments(Role.INSTRUMENT).isEmpty();
  }

  /** في مواجهة حزب الله: an indefinite trigger word right after في that is a preposition there. */
  private boolean asPreposition(SentenceView v, int t) {
    return t > 0 && rules.isA(v, t - 1, WordClass.IN) && !ArabicGrammar.hasArticle(v.key(t)) && rules.isA(v, t, WordClass.AS_PREPOSITION);
  }

  /**
   * هجوم على مواقع الويب، تعرضت مواقع الويب لهجوم: an attack word without weapon or toll with a
   * computer or network word within two links below it (or below the subject of the verb of
   * suffering it completes), or as its governor.
   */
  private boolean cyber(SentenceView v, int t, EventFrame f) {
    if (armedOrDeadly(f)) {
      return false;
    }
    int h = v.head(t);
    if (rules.isA(v, h, WordClass.CYBER)) {
      return true;
    }
    List<Integer> hit = new ArrayList<>(v.children(t));
    if (h >= 0 && rules.isA(v, h, WordClass.UNDERGO)) {
      hit.addAll(v.children(h, "nsubj")); // تعرضت مواقع الويب لهجوم: what suffered it
    }
    for (int c : hit) {
      if (rules.isA(v, c, WordClass.CYBER) || v.children(c).stream().anyMatch(g -> rules.isA(v, g, WordClass.CYBER))) {
        return true;
      }
    }
    return false;
  }

  /**
   * اقتحام دول جديدة النادي النووي: a storming word with a club within two links below it (the
   * parse often hangs the object on the subject before it). A club stormed is no battle either
   * way: a figure of speech, or a raid with no fighting.
   */
  private boolean clubStormed(SentenceView v, int t) {
    if (!rules.isA(v, t, WordClass.STORM)) {
      return false;
    }
    for (int c : v.children(t)) {
      if (rules.isA(v, c, WordClass.SPORT) || v.children(c).stream().anyMatch(g -> rules.isA(v, g, WordClass.SPORT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * تحدث نائب رئيس المجلس … وشنّ هجوماً متعدد الاتجاهات، وقال: …: a clash without weapon or toll
   * whose verb (the light verb above it, or itself) has no subject of its own and is told by no
   * one (no reporting verb above it), after a person in office is named in its sentence, and
   * followed in its clause by a coordinated speech verb with no subject either: the official
   * attacked in words and went on speaking. An attack with its own doer (إن مسلحين شنوا هجوماً)
   * or a speech verb with its own subject (وقال مصدر أمني) tells a real attack.
   */
  private boolean officialSpeaking(SentenceView v, int t, EventFrame f) {
    if (f.type() != EventType.CLASH || armedOrDeadly(f)) {
      return false;
    }
    int h = v.head(t);
    int verb = h >= 0 && rules.isA(v, h, WordClass.LIGHT) ? h : t;
    if (v.children(verb, "nsubj").stream().anyMatch(c -> c != t)) {
      return false;
    }
    for (int a = v.head(verb), up = 0; a >= 0 && up < v.size(); a = v.head(a), up++) {
      if (v.isVerb(a) && rules.isA(v, a, WordClass.REPORT)) {
        return false;
      }
    }
    boolean official = false;
    for (int i = 0; i < t && !official; i++) {
      official = rules.isA(v, i, WordClass.OFFICIAL);
    }
    for (int i = t + 1; official && i < v.size() && i <= t + SPEECH_REACH; i++) {
      String k = v.key(i);
      if (k.equals(".") || ArabicGrammar.isSemicolon(k)) {
        return false;
      }
      if (v.isVerb(i) && rules.isA(v, i, WordClass.REPORT)) {
        return v.children(i, "nsubj").isEmpty() && !v.children(i, "cc").isEmpty();
      }
    }
    return false;
  }

  /**
   * استُدرج الجيش إلى مواجهة مع متظاهرين: a clash without weapon one of whose sides is
   * protesters, not described as armed (متظاهرين مسلحين are a party to a fight).
   */
  private boolean withProtesters(SentenceView v, int t, EventFrame f) {
    if (f.type() != EventType.CLASH || !f.arguments(Role.INSTRUMENT).isEmpty()) {
      return false;
    }
    for (EventFrame.Argument a : f.arguments(Role.PARTICIPANT)) {
      int h = v.tokenStartingAt(a.head().begin());
      if (rules.isA(v, h, WordClass.PROTEST)
          && v.children(h, "amod").stream().noneMatch(c -> rules.isA(v, c, WordClass.CONFLICT))) {
        return true;
      }
    }
    return false;
  }
}
