package org.hadath.events.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.entities.actors.ActorCategory;
import org.hadath.entities.actors.ActorMention;
import org.hadath.events.Role;
import org.hadath.events.Span;
import org.hadath.events.WordClass;
import org.hadath.events.arguments.ArgumentSpans;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sentence.WordClasses;

/**
 * Who speaks in a social post quoted or captured in a document, read from the post's
 * structure rather than from a reporting verb:
 * <ul>
 *   <li>an embedded post ends with its attribution line, a dash, the account's name and its
 *       handle ({@code — NAME (@handle) date}): NAME reports what the post above it says, back
 *       to the previous blank line;</li>
 *   <li>an account speaking as an organisation says "our teams" ({@code فرقنا أسعفت …}, the
 *       {@link WordClass#OWN_TEAM} words) and names itself in a hashtag of the same post
 *       ({@code #الخوذ_البيضاء}): that organisation reports the post.</li>
 * </ul>
 * A post is a block of lines between blank lines. Stateless and thread-safe.
 */
public final class PostSources {
  /** An attribution line: a dash, the account's name, then its handle in brackets. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile("(?m)^[ \\t]*[—–-][ \\t]*([^\\n(@#]{2,80}?)[ \\t]*\\(@\\w+\\)");
  /** A blank line: what separates two posts. */
  private static final Pattern BLANK = Pattern.compile("\\n[ \\t]*\\n");

  private final WordClasses words;

  public PostSources(WordClasses words) {
    this.words = words;
  }

  /**
   * True when a line could give a post its voice (an attribution line or a hashtag): a line
   * filter that keeps the document's event lines must keep these too.
   */
  public static boolean couldVoice(String line) {
    return line.contains("(@") || line.indexOf('#') >= 0;
  }

  /** The post reporters of each sentence of the document {@code text}, by sentence index. */
  public Map<Integer, List<Candidate>> sources(String text, List<SentenceView> views) {
    Map<Integer, List<Candidate>> out = new HashMap<>();
    if (text == null || views.isEmpty()) {
      return out;
    }
    Matcher m = ATTRIBUTION.matcher(text);
    while (m.find()) {
      Candidate name = nameAt(views, m.start(1), m.end(1), "source:post-attribution");
      if (name != null) {
        addToBlock(out, views, blockStart(text, m.start()), m.start(), name);
      }
    }
    for (SentenceView v : views) {
      if (speaksAsTeam(v)) {
        int from = blockStart(text, v.begin(0));
        int to = blockEnd(text, v.end(v.size() - 1));
        Candidate org = hashtagOrganisation(text, views, from, to);
        if (org != null) {
          addToBlock(out, views, from, to, org);
        }
      }
    }
    return out;
  }

  /** Whether the sentence says "our teams/crews …" (فرقنا، كوادرنا). */
  private boolean speaksAsTeam(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      String k = v.key(i);
      if (i + 1 < v.size() && words.isA(v.key(i + 1), WordClass.OUR)) {
        k = k + v.key(i + 1); // the suffix the segmenter cut off (فرق + نا)
      }
      if (words.isA(k, WordClass.OWN_TEAM)) {
        return true;
      }
    }
    return false;
  }

  /** The first organisation named in a hashtag between {@code from} and {@code to}, or null. */
  private static Candidate hashtagOrganisation(String text, List<SentenceView> views, int from, int to) {
    for (SentenceView v : views) {
      for (ActorMention am : v.actors()) {
        if (am.begin() >= from && am.end() <= to && am.begin() > 0 && text.charAt(am.begin() - 1) == '#'
            && am.actorId() != null && am.category() == ActorCategory.MEDIA_MONITOR) {
          return new Candidate(Role.SOURCE, am.tokenBegin(), ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
              v.span(am.tokenBegin(), am.tokenBegin() + 1), "source:post-hashtag");
        }
      }
    }
    return null;
  }

  /** The reporter named at characters [b, e): the actor mention there, else the name's tokens. */
  private static Candidate nameAt(List<SentenceView> views, int b, int e, String rule) {
    for (SentenceView v : views) {
      for (int i = 0; i < v.size(); i++) {
        if (v.begin(i) < b || v.begin(i) >= e) {
          continue;
        }
        ActorMention am = v.actorAt(i);
        if (am != null && am.noun() == null) {
          return new Candidate(Role.SOURCE, i, ArgumentSpans.mentionSpan(v, am.begin(), am.end()),
              v.span(i, i + 1), rule);
        }
        int last = i;
        while (last + 1 < v.size() && v.end(last + 1) <= e) {
          last++;
        }
        return new Candidate(Role.SOURCE, i, v.span(i, last + 1), v.span(i, i + 1), rule);
      }
    }
    return null;
  }

  private static void addToBlock(Map<Integer, List<Candidate>> out, List<SentenceView> views, int from, int to,
      Candidate c) {
    for (SentenceView v : views) {
      if (v.size() == 0 || v.begin(0) < from || v.begin(0) >= to) {
        continue;
      }
      List<Candidate> l = out.computeIfAbsent(v.index(), k -> new ArrayList<>());
      if (l.stream().noneMatch(x -> x.span().equals(c.span()))) {
        l.add(c);
      }
    }
  }

  /** Where the block of lines holding offset {@code at} begins: after the last blank line before it. */
  static int blockStart(String text, int at) {
    Matcher m = BLANK.matcher(text);
    int start = 0;
    while (m.find() && m.end() <= at) {
      start = m.end();
    }
    return start;
  }

  /** Where the block of lines holding offset {@code at} ends: at the next blank line, or the end. */
  static int blockEnd(String text, int at) {
    Matcher m = BLANK.matcher(text);
    return m.find(Math.min(at, text.length())) ? m.start() : text.length();
  }

  /** Adds to a sentence's own reporters those its post gives it, without repeating a span. */
  public static List<Candidate> merge(List<Candidate> own, List<Candidate> post) {
    if (post == null || post.isEmpty()) {
      return own;
    }
    List<Candidate> out = new ArrayList<>(own);
    for (Candidate c : post) {
      Span s = c.span();
      if (out.stream().noneMatch(x -> x.span().overlaps(s))) {
        out.add(c);
      }
    }
    return out;
  }
}
