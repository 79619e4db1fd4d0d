package org.hadath.depparse;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.depparse.FunctionWords.WordClass;

/**
 * Converts an Arabic (Penn Arabic Treebank style) constituency tree into Universal
 * Dependencies: for every token, its head and relation.
 *
 * <p>How: each phrase picks a head child by content-head rules (a preposition's object,
 * not the preposition; the lexical verb, not the auxiliary; the predicate of a nominal
 * sentence), and every other child's head word attaches to it with a label chosen from the
 * configuration: phrase category, the child's category and position, the POS tags, and the
 * closed-class words of {@link FunctionWords}. Arabic specifics: verb-initial clauses (the
 * first NP after the verb is the subject unless the verb carries it, the next the object),
 * nominal sentences, iḍāfa chains (nmod), split proclitics (prepositions become case,
 * و/ف become cc), relative clauses (acl, the relative pronoun takes its clause role), أن/إن
 * complements (mark + ccomp), coordination (first conjunct heads, cc on the later conjunct).
 *
 * <p>Stateless apart from its lexicon; thread-safe.
 */
public final class UdConverter {

  /** Result: 0-based head index per token (-1 for the root) and the relation. */
  public record Dependencies(int[] heads, String[] relations) {
    /** Number of tokens. */
    public int size() {
      return heads.length;
    }
  }

  private final FunctionWords fw;

  public UdConverter(FunctionWords fw) {
    this.fw = Preconditions.checkNotNull(fw);
  }

  /** A converter with the packaged function-word lexicon. */
  public static UdConverter getDefault() {
    return new UdConverter(FunctionWords.getDefault());
  }

  /**
   * Converts {@code tree}, whose leaves are the {@code tokens} in order.
   *
   * @throws IllegalArgumentException if the tree's leaves do not match the tokens in number
   */
  public Dependencies convert(Tree tree, List<CoreLabel> tokens) {
    List<Tree> leaves = tree.getLeaves();
    Preconditions.checkArgument(leaves.size() == tokens.size(),
        "tree has %s leaves but sentence has %s tokens", leaves.size(), tokens.size());
    Run run = new Run(tokens, leaves);
    int root = run.headOf(tree);
    run.heads[root] = -1;
    run.rels[root] = "root";
    run.fixDoubleSubjects();
    run.fixPunctuation(root);
    run.fixParticles(root);
    return new Dependencies(run.heads, run.rels);
  }

  /** Per-sentence conversion state. */
  private final class Run {
    final List<CoreLabel> tokens;
    final int[] heads;
    final String[] rels;
    final Map<Tree, Integer> leafIndex = new IdentityHashMap<>();

    Run(List<CoreLabel> tokens, List<Tree> leaves) {
      this.tokens = tokens;
      this.heads = new int[tokens.size()];
      this.rels = new String[tokens.size()];
      Arrays.fill(heads, -2);
      for (int i = 0; i < leaves.size(); i++) {
        leafIndex.put(leaves.get(i), i);
      }
    }

    String tag(int i) {
      String t = tokens.get(i).tag();
      return t == null ? "" : t;
    }

    String word(int i) {
      return tokens.get(i).word();
    }

    void attach(int dep, int head, String rel) {
      if (dep == head) {
        return;
      }
      heads[dep] = head;
      rels[dep] = rel;
    }

    int headOf(Tree t) {
      if (t.isLeaf()) {
        return leafIndex.get(t);
      }
      if (t.isPreTerminal()) {
        return leafIndex.get(t.firstChild());
      }
      List<Tree> kids = new ArrayList<>();
      for (Tree k : t.children()) {
        if (!k.getLeaves().isEmpty()) {
          kids.add(k);
        }
      }
      if (kids.size() == 1) {
        return headOf(kids.get(0));
      }
      String cat = category(t);
      int n = kids.size();
      int[] h = new int[n];
      String[] kc = new String[n];
      for (int k = 0; k < n; k++) {
        h[k] = headOf(kids.get(k));
        kc[k] = kids.get(k).isPreTerminal() ? "@" + tag(h[k]) : category(kids.get(k));
      }
      // coordination: conjuncts after a CC attach to the first conjunct
      int[] first = new int[n];
      boolean[] conj = new boolean[n];
      boolean[] cc = new boolean[n];
      for (int k = 0; k < n; k++) {
        first[k] = k;
      }
      for (int p = 0; p < n; p++) {
        if (!isCc(kc[p])) {
          continue;
        }
        int prev = prevContent(kc, p);
        int next = nextContent(kc, p);
        if (prev < 0 || next < 0) {
          continue;
        }
        cc[p] = true;
        conj[next] = true;
        first[next] = first[prev];
        // a clause coordinated after an argument belongs to the clause head, fixed below
      }
      int head = chooseHead(cat, kids, kc, h, conj, cc);
      for (int k = 0; k < n; k++) {
        if (conj[k] && first[k] != head && isClausal(kc[k]) && !isClausal(kc[first[k]])) {
          first[k] = head;
        }
      }
      String clauseKind = clauseKind(cat, kc, h, head);
      int argCount = 0;
      boolean subjectInVerb = clauseKind.equals("VERB") && fw.hasSubjectSuffix(word(h[head]))
          && tag(h[head]).startsWith("VB");
      boolean passive = tag(h[head]).equals("VBN");
      for (int k = 0; k < n; k++) {
        if (k == head) {
          continue;
        }
        int d = h[k];
        if (isPunct(kc[k], d)) {
          attach(d, h[head], "punct");
        } else if (conj[k]) {
          attach(d, h[first[k]], "conj");
        } else if (cc[k]) {
          attach(d, h[nextContent(kc, k)], "cc");
        } else if (isCc(kc[k])) {
          attach(d, h[head], "cc");
        } else {
          String rel = label(cat, clauseKind, kc, h, head, k);
          if (rel.equals("ARG") && hasCaseDependent(d)) {
            rel = "obl"; // a noun phrase introduced by a noun-like preposition
          } else if (rel.equals("ARG") && tag(d).equals("PRP") && d > 0
              && tokens.get(d).beginPosition() == tokens.get(d - 1).endPosition()
              && tag(d - 1).startsWith("VB")) {
            rel = "obj"; // object pronoun suffixed to the verb (قصفه، استهدفها)
          } else if (rel.equals("ARG")) {
            // verb-initial clause: subject first (unless the verb carries it), then objects
            int slot = argCount++ + (subjectInVerb ? 1 : 0);
            if (k < head) {
              rel = "nsubj";
            } else if (slot == 0) {
              rel = passive ? "nsubj:pass" : "nsubj";
            } else {
              rel = "obj";
            }
          }
          attach(d, h[head], rel);
        }
      }
      return h[head];
    }

    /** Whether the phrase is a verbal clause, a copular clause or something else. */
    String clauseKind(String cat, String[] kc, int[] h, int head) {
      if (cat.equals("VP") || cat.equals("S") || cat.equals("SQ") || cat.equals("SINV")) {
        return kc[head].startsWith("@VB") || kc[head].equals("VP") ? "VERB" : "NOMINAL";
      }
      return cat;
    }

    int chooseHead(String cat, List<Tree> kids, String[] kc, int[] h, boolean[] conj, boolean[] cc) {
      int n = kc.length;
      switch (cat) {
        case "PP":
        case "WHPP": {
          int prep = -1;
          for (int k = 0; k < n; k++) {
            if (conj[k] || cc[k] || isPunct(kc[k], h[k])) {
              continue;
            }
            if (prep < 0 && (kc[k].equals("@IN") || kc[k].startsWith("@") && !isNominalTag(kc[k]))) {
              prep = k;
              continue;
            }
            if (prep >= 0) {
              return k;
            }
          }
          return prep >= 0 ? prep : firstContent(kc, h, conj, cc);
        }
        case "SBAR":
        case "SBARQ": {
          for (int k = 0; k < n; k++) {
            if (!conj[k] && (kc[k].equals("S") || kc[k].equals("VP") || kc[k].equals("SQ")
                || kc[k].equals("SINV") || kc[k].equals("FRAG") || kc[k].equals("NP") || kc[k].equals("X"))) {
              return k;
            }
          }
          return lastContent(kc, h, conj, cc);
        }
        case "VP": {
          int v = -1;
          for (int k = 0; k < n; k++) {
            if (!conj[k] && kc[k].startsWith("@VB")) {
              v = k;
              break;
            }
          }
          if (v < 0) {
            for (int k = 0; k < n; k++) {
              if (!conj[k] && kc[k].equals("VP")) {
                return k;
              }
            }
            return firstContent(kc, h, conj, cc);
          }
          if (fw.is(word(h[v]), WordClass.AUXVERB)) {
            // كان + verb phrase: the lexical verb heads, كان is aux
            for (int k = v + 1; k < n; k++) {
              if (!conj[k] && (kc[k].equals("VP") || kc[k].equals("S"))) {
                attach(h[v], h[k], "aux");
                return k;
              }
            }
            // كان + nominal predicate: the predicate heads, كان is cop
            int pred = -1;
            int nominals = 0;
            for (int k = v + 1; k < n; k++) {
              if (!conj[k] && (kc[k].equals("NP") || kc[k].equals("ADJP") || kc[k].equals("PP")
                  || isNominalTag(kc[k]) || isAdjTag(kc[k]))) {
                pred = k;
                nominals++;
              }
            }
            if (pred >= 0 && (nominals >= 2 || !kc[pred].equals("NP"))) {
              attach(h[v], h[pred], "cop");
              return pred;
            }
          }
          return v;
        }
        case "S":
        case "SQ":
        case "SINV":
        case "ROOT": {
          for (int k = 0; k < n; k++) {
            if (!conj[k] && (kc[k].equals("VP") || kc[k].startsWith("@VB"))) {
              return k;
            }
          }
          if (cat.equals("ROOT")) {
            return firstContent(kc, h, conj, cc);
          }
          // nominal sentence: the predicate heads
          List<Integer> content = new ArrayList<>();
          for (int k = 0; k < n; k++) {
            if (!conj[k] && !cc[k] && !isPunct(kc[k], h[k]) && !isCc(kc[k])) {
              content.add(k);
            }
          }
          if (content.size() >= 2) {
            int a = content.get(0);
            int b = content.get(1);
            if (kc[a].equals("PP") && (kc[b].equals("NP") || isNominalTag(kc[b]))) {
              return a;
            }
            if (kc[a].equals("NP") || isNominalTag(kc[a])) {
              if (kc[b].equals("NP") || kc[b].equals("ADJP") || kc[b].equals("PP")
                  || isNominalTag(kc[b]) || isAdjTag(kc[b])) {
                return b;
              }
            }
          }
          for (int k = 0; k < n; k++) {
            if (!conj[k] && kc[k].equals("S")) {
              return k;
            }
          }
          return firstContent(kc, h, conj, cc);
        }
        case "NP":
        case "WHNP":
        case "NAC": {
          int fc = firstContent(kc, h, conj, cc);
          // (نحو 600 شخص is an approximation, not a preposition)
          if (kids.get(fc).getLeaves().size() == 1 && fw.is(word(h[fc]), WordClass.SEMIPREP)
              && !(h[fc] + 1 < tokens.size() && tag(h[fc] + 1).equals("CD"))) {
            // بعد/جراء/خلال + NP: the tagger calls these nouns; UD makes them case markers
            for (int k = fc + 1; k < n; k++) {
              if (!conj[k] && (kc[k].equals("NP") || isNominalTag(kc[k]))) {
                attach(h[fc], h[k], "case");
                return k;
              }
            }
          }
          for (int k = 0; k < n; k++) {
            if (conj[k] || cc[k]) {
              continue;
            }
            if (kc[k].equals("NP") || isNominalTag(kc[k])) {
              return k;
            }
          }
          for (int k = 0; k < n; k++) {
            if (!conj[k] && !cc[k] && (isAdjTag(kc[k]) || kc[k].equals("ADJP"))) {
              return k;
            }
          }
          return firstContent(kc, h, conj, cc);
        }
        case "ADJP":
        case "WHADJP": {
          for (int k = 0; k < n; k++) {
            if (!conj[k] && (isAdjTag(kc[k]) || kc[k].equals("ADJP"))) {
              return k;
            }
          }
          return firstContent(kc, h, conj, cc);
        }
        case "ADVP":
        case "WHADVP": {
          for (int k = 0; k < n; k++) {
            if (!conj[k] && (kc[k].equals("@RB") || kc[k].equals("ADVP"))) {
              return k;
            }
          }
          return firstContent(kc, h, conj, cc);
        }
        case "X":
        case "FRAG": {
          for (int k = 0; k < n; k++) {
            if (!conj[k] && (kc[k].equals("VP") || kc[k].equals("S") || kc[k].startsWith("@VB"))) {
              return k;
            }
          }
          for (int k = 0; k < n; k++) {
            if (!conj[k] && (kc[k].equals("NP") || isNominalTag(kc[k]))) {
              return k;
            }
          }
          return firstContent(kc, h, conj, cc);
        }
        default:
          return firstContent(kc, h, conj, cc);
      }
    }

    String label(String cat, String clauseKind, String[] kc, int[] h, int head, int k) {
      int d = h[k];
      String c = kc[k];
      String w = word(d);
      if (heads[d] != -2) {
        return rels[d]; // attached by a head rule (aux, cop, case of a noun-like preposition)
      }
      if (c.startsWith("@") || c.equals("PRT")) {
        if (fw.is(w, WordClass.AUX)) {
          return "aux";
        }
        if (fw.is(w, WordClass.NEG)) {
          return "advmod";
        }
      }
      boolean before = k < head;
      switch (cat) {
        case "VP":
        case "S":
        case "SQ":
        case "SINV":
          return clausalDependent(clauseKind, kc, h, head, k, before);
        case "NP":
        case "WHNP":
        case "NAC":
          return nominalDependent(kc, h, head, k, before);
        case "PP":
        case "WHPP":
          if (before) {
            return isClausal(kc[head]) ? "mark" : "case";
          }
          return c.equals("PP") ? "nmod" : c.equals("NP") ? "nmod" : "dep";
        case "SBAR":
        case "SBARQ":
          if (before) {
            if (c.equals("WHNP") || fw.is(w, WordClass.REL) || c.equals("@WP")) {
              return "nsubj";
            }
            return "mark";
          }
          return "dep";
        case "ADJP":
          if (c.equals("NP") || isNominalTag(c)) {
            return "nmod";
          }
          if (c.equals("PP")) {
            return "obl";
          }
          if (c.equals("ADVP") || c.equals("@RB")) {
            return "advmod";
          }
          return isAdjTag(c) || c.equals("ADJP") ? "amod" : "dep";
        case "ADVP":
          return c.equals("PP") ? "obl" : c.equals("NP") ? "nmod" : "advmod";
        case "X":
        case "FRAG":
          if (!c.startsWith("@")) {
            return "parataxis";
          }
          return "dep";
        case "PRN":
          return "dep";
        case "QP":
          return isNumTag(c) ? "compound" : "dep";
        default:
          return "dep";
      }
    }

    String clausalDependent(String kind, String[] kc, int[] h, int head, int k, boolean before) {
      String c = kc[k];
      int d = h[k];
      String w = word(d);
      if (kind.equals("NOMINAL")) {
        // nominal sentence: subject and modifiers of the predicate
        if (c.equals("NP") || isNominalTag(c)) {
          return fw.is(w, WordClass.TIME) ? "obl:tmod" : "nsubj";
        }
      }
      switch (c) {
        case "NP":
        case "WHNP":
          if (fw.is(w, WordClass.TIME)) {
            return "obl:tmod";
          }
          return "ARG";
        case "PP":
          return "obl";
        case "SBAR": {
          String m = sbarMarker(d);
          if (m.equals("COMP")) {
            return "ccomp";
          }
          if (m.equals("REL")) {
            return "acl";
          }
          return "advcl";
        }
        case "S":
        case "SQ":
          return before ? "advcl" : "ccomp";
        case "VP":
          return "xcomp";
        case "ADJP":
          return "advcl";
        case "ADVP":
          return "advmod";
        case "PRN":
          return "parataxis";
        default:
          break;
      }
      if (c.startsWith("@")) {
        String t = c.substring(1);
        if (t.equals("RB") || t.equals("RP")) {
          return "advmod";
        }
        if (t.equals("IN")) {
          return fw.is(w, WordClass.COMP) || fw.is(w, WordClass.SUBORD) ? "mark" : "case";
        }
        if (isNominalTag(c) || isNumTag(c)) {
          return fw.is(w, WordClass.TIME) ? "obl:tmod" : "ARG";
        }
        if (isAdjTag(c)) {
          return "advcl";
        }
        if (t.startsWith("VB")) {
          return "xcomp";
        }
        if (t.equals("WP")) {
          return "nsubj";
        }
      }
      return "dep";
    }

    boolean hasCaseDependent(int d) {
      for (int i = 0; i < tokens.size(); i++) {
        if (heads[i] == d && "case".equals(rels[i]) && i < d) {
          return true;
        }
      }
      return false;
    }

    /** What introduces the clause headed by token {@code d}: COMP, SUBORD, REL or none. */
    String sbarMarker(int d) {
      for (int i = 0; i < tokens.size(); i++) {
        if (heads[i] == d && i < d && (rels[i].equals("mark") || rels[i].equals("nsubj") || rels[i].equals("obj"))) {
          String w = word(i);
          if (fw.is(w, WordClass.COMP)) {
            return "COMP";
          }
          if (fw.is(w, WordClass.REL)) {
            return "REL";
          }
          if (rels[i].equals("mark")) {
            return "SUBORD";
          }
        }
      }
      return "";
    }

    String nominalDependent(String[] kc, int[] h, int head, int k, boolean before) {
      String c = kc[k];
      int d = h[k];
      String w = word(d);
      if (before) {
        if (isNumTag(c) || c.equals("QP")) {
          return "nummod";
        }
        if (fw.is(w, WordClass.DET) || c.equals("@DT")) {
          return "det";
        }
        if (isAdjTag(c) || c.equals("ADJP")) {
          return "amod";
        }
        if (c.equals("PRN")) {
          return "appos";
        }
        return "nmod";
      }
      boolean afterComma = k - 1 > head && isPunct(kc[k - 1], h[k - 1]);
      switch (c) {
        case "NP":
          if (afterComma || k - 1 >= 0 && kc[k - 1].equals("@PUNC")) {
            return "appos";
          }
          if (isNumTag("@" + tag(d))) {
            return "nummod";
          }
          return "nmod";
        case "PRN":
          return "appos";
        case "ADJP":
          return "amod";
        case "PP":
          return "nmod";
        case "SBAR":
        case "S":
        case "VP":
          return "acl";
        case "QP":
          return "nummod";
        default:
          break;
      }
      if (c.startsWith("@")) {
        if (isAdjTag(c)) {
          return "amod";
        }
        if (isNumTag(c)) {
          return "nummod";
        }
        if (fw.is(w, WordClass.DET)) {
          return "det";
        }
        String ht = kc[head];
        if (isProperTag(c) && isProperTag(ht)) {
          return "flat";
        }
        if (isNominalTag(c)) {
          return "nmod";
        }
        if (c.startsWith("@VB")) {
          return "acl";
        }
      }
      return "dep";
    }

    /** Where a verb has two subjects (relative pronoun + NP, SVO + VSO reading), keep one. */
    void fixDoubleSubjects() {
      int n = tokens.size();
      for (int v = 0; v < n; v++) {
        int firstSubj = -1;
        for (int i = 0; i < n; i++) {
          if (heads[i] != v || !rels[i].startsWith("nsubj")) {
            continue;
          }
          if (firstSubj < 0) {
            firstSubj = i;
          } else if (fw.is(word(firstSubj), WordClass.REL) && firstSubj < v && i > v) {
            if (hasResumptivePronoun(v)) {
              // التي يتحصن فيها مسلحون: the pronoun فيها carries the relation, الذي only marks
              rels[firstSubj] = "mark";
              firstSubj = i;
            } else {
              // الذي استهدف أحياء المدينة: the relative pronoun is the subject
              rels[i] = "obj";
            }
          } else {
            rels[i] = hasObj(v) ? "iobj" : "obj";
          }
        }
      }
    }

    boolean hasResumptivePronoun(int v) {
      for (int i = v + 1; i < tokens.size(); i++) {
        if (tag(i).startsWith("PRP") && dominates(v, i)) {
          return true;
        }
      }
      return false;
    }

    boolean dominates(int anc, int d) {
      int steps = 0;
      for (int x = heads[d]; x >= 0 && steps < tokens.size(); x = heads[x], steps++) {
        if (x == anc) {
          return true;
        }
      }
      return false;
    }

    /**
     * UD punctuation conventions the tree does not give: paired brackets and quotes attach
     * to the head of what they enclose; sentence-final punctuation attaches to the root.
     */
    void fixPunctuation(int root) {
      int n = tokens.size();
      for (int i = 0; i < n; i++) {
        String w = word(i);
        if (!tag(i).equals("PUNC")) {
          continue;
        }
        int close = -1;
        if (w.equals("(") || w.equals("-LRB-") || w.equals("[")) {
          for (int j = i + 1; j < n; j++) {
            String x = word(j);
            if (x.equals(")") || x.equals("-RRB-") || x.equals("]")) {
              close = j;
              break;
            }
          }
        } else if (w.equals("\"")) {
          for (int j = i + 1; j < n; j++) {
            if (word(j).equals("\"")) {
              close = j;
              break;
            }
          }
        }
        if (close > i + 1) {
          int inner = spanHead(i + 1, close);
          if (inner >= 0 && heads[inner] != i && heads[inner] != close) {
            heads[i] = inner;
            rels[i] = "punct";
            heads[close] = inner;
            rels[close] = "punct";
          }
          i = close;
        }
      }
      int last = n - 1;
      if (last > 0 && last != root && tag(last).equals("PUNC") && word(last).matches("[.!?\u061F]+")) {
        heads[last] = root;
        rels[last] = "punct";
      }
    }

    /**
     * Future and aspect particles (س، سوف، قد) belong to the verb right after them, whatever
     * phrase the parser put them in.
     */
    void fixParticles(int root) {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (i != root && fw.is(word(i), WordClass.AUX) && tag(i + 1).startsWith("VB") && !hasDependents(i)) {
          heads[i] = i + 1;
          rels[i] = "aux";
        }
      }
    }

    boolean hasDependents(int h) {
      for (int i = 0; i < heads.length; i++) {
        if (heads[i] == h) {
          return true;
        }
      }
      return false;
    }

    /** The token of [from, to) whose head lies outside the span, if exactly one. */
    int spanHead(int from, int to) {
      int found = -1;
      for (int i = from; i < to; i++) {
        if (heads[i] < from || heads[i] >= to) {
          if (found >= 0) {
            return -1;
          }
          found = i;
        }
      }
      return found;
    }

    boolean hasObj(int v) {
      for (int i = 0; i < tokens.size(); i++) {
        if (heads[i] == v && rels[i].equals("obj")) {
          return true;
        }
      }
      return false;
    }

    boolean isPunct(String c, int d) {
      return c.equals("@PUNC") || c.equals("PUNC") || tag(d).equals("PUNC");
    }

    int firstContent(String[] kc, int[] h, boolean[] conj, boolean[] cc) {
      for (int k = 0; k < kc.length; k++) {
        if (!conj[k] && !cc[k] && !isPunct(kc[k], h[k]) && !isCc(kc[k])) {
          return k;
        }
      }
      for (int k = 0; k < kc.length; k++) {
        if (!conj[k]) {
          return k;
        }
      }
      return 0;
    }

    int lastContent(String[] kc, int[] h, boolean[] conj, boolean[] cc) {
      for (int k = kc.length - 1; k >= 0; k--) {
        if (!conj[k] && !cc[k] && !isPunct(kc[k], h[k]) && !isCc(kc[k])) {
          return k;
        }
      }
      return firstContent(kc, h, conj, cc);
    }

    int prevContent(String[] kc, int p) {
      for (int k = p - 1; k >= 0; k--) {
        if (!kc[k].equals("@PUNC") && !isCc(kc[k])) {
          return k;
        }
      }
      return -1;
    }

    int nextContent(String[] kc, int p) {
      for (int k = p + 1; k < kc.length; k++) {
        if (!kc[k].equals("@PUNC") && !isCc(kc[k])) {
          return k;
        }
      }
      return -1;
    }
  }

  static String category(Tree t) {
    String v = t.value();
    if (v == null || v.isEmpty()) {
      return "X";
    }
    if (v.startsWith("-")) {
      return v;
    }
    int cut = v.length();
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '-' || c == '=' || c == '#') {
        cut = i;
        break;
      }
    }
    return v.substring(0, cut);
  }

  static boolean isCc(String c) {
    return c.equals("@CC") || c.equals("CONJP");
  }

  static boolean isClausal(String c) {
    return c.equals("VP") || c.equals("S") || c.equals("SBAR") || c.equals("SQ") || c.startsWith("@VB");
  }

  static boolean isNominalTag(String c) {
    if (!c.startsWith("@")) {
      return false;
    }
    String t = c.substring(1);
    return t.startsWith("NN") || t.startsWith("DTNN") || t.equals("NOUN_QUANT") || t.equals("DTNOUN_QUANT")
        || t.equals("PRP") || t.equals("PRP$") || t.equals("VN") || t.equals("FW");
  }

  static boolean isProperTag(String c) {
    return c.equals("@NNP") || c.equals("@DTNNP") || c.equals("@NNPS") || c.equals("@DTNNPS");
  }

  static boolean isAdjTag(String c) {
    if (!c.startsWith("@")) {
      return false;
    }
    String t = c.substring(1);
    return t.equals("JJ") || t.equals("DTJJ") || t.equals("JJR") || t.equals("DTJJR")
        || t.equals("ADJ_NUM") || t.equals("DTADJ_NUM");
  }

  static boolean isNumTag(String c) {
    return c.equals("@CD") || c.equals("@DTCD");
  }
}
