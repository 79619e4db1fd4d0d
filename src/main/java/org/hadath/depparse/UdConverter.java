package org.hadath.depparse;

import com.google.common.base.Preconditions;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts an Arabic (Penn Arabic Treebank style) constituency tree into Universal
 * Dependencies: for every token, its head and relation.
 *
 * <p>How: bottom-up, each phrase picks a head child ({@link HeadRules}: a preposition's
 * object, not the preposition; the lexical verb, not the auxiliary; the predicate of a
 * nominal sentence), and every other child's head word attaches to it
 * ({@link DependentAttacher}) with a relation decided from the phrase label, the child's
 * category and position, the POS tags and the closed-class words of {@link FunctionWords}
 * ({@link DependentLabels}). Coordination is marked first ({@link PhraseChildren}); whole-
 * sentence corrections come last ({@link TreeRepairs}). Arabic specifics: verb-initial
 * clauses (the first NP after the verb is the subject unless the verb carries it, the next
 * the object), nominal sentences, iḍāfa chains (nmod), split proclitics (prepositions become
 * case, و/ف become cc), relative clauses (acl, the relative pronoun takes its clause role),
 * أن/إن complements (mark + ccomp), coordination (first conjunct heads, cc on the later
 * conjunct).
 *
 * <p>Stateless apart from its lexicon; thread-safe.
 */
public final class UdConverter {

  /**
   * Result: 0-based head index per token (-1 for the root) and the relation.
   *
   * @param heads head token of each token, -1 for the root
   * @param relations relation of each token to its head
   */
  public record Dependencies(int[] heads, UdRelation[] relations) {
    /** Number of tokens. */
    public int size() {
      return heads.length;
    }

    /** The CoNLL-U label of token {@code i}'s relation ({@code nsubj:pass}), or null if none. */
    public String label(int i) {
      return relations[i] == null ? null : relations[i].label();
    }
  }

  private final HeadRules headRules;
  private final DependentAttacher attacher;
  private final TreeRepairs repairs;

  /** A converter deciding with the given function words. */
  public UdConverter(FunctionWords fw) {
    Preconditions.checkNotNull(fw);
    this.headRules = new HeadRules(fw);
    this.attacher = new DependentAttacher(fw);
    this.repairs = new TreeRepairs(fw);
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
    Map<Tree, Integer> leafIndex = new IdentityHashMap<>();
    for (int i = 0; i < leaves.size(); i++) {
      leafIndex.put(leaves.get(i), i);
    }
    Attachments s = new Attachments(tokens);
    int root = headOf(tree, leafIndex, s);
    s.set(root, Attachments.ROOT, UdRelation.ROOT);
    repairs.apply(s, root);
    return s.result();
  }

  /** Converts the phrase {@code t} (its dependents attached) and returns its head token. */
  private int headOf(Tree t, Map<Tree, Integer> leafIndex, Attachments s) {
    if (t.isLeaf()) {
      return leafIndex.get(t);
    }
    if (t.isPreTerminal()) {
      return leafIndex.get(t.firstChild());
    }
    List<Tree> trees = new ArrayList<>();
    for (Tree k : t.children()) {
      if (!k.getLeaves().isEmpty()) {
        trees.add(k);
      }
    }
    if (trees.size() == 1) {
      return headOf(trees.get(0), leafIndex, s);
    }
    List<Integer> heads = new ArrayList<>();
    List<String> headTags = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    for (Tree k : trees) {
      int h = headOf(k, leafIndex, s);
      heads.add(h);
      headTags.add(s.tag(h));
      categories.add(k.isPreTerminal() ? Category.word(s.tag(h)) : Category.phrase(PhraseLabel.of(k)));
    }
    PhraseChildren kids = PhraseChildren.of(trees, heads, headTags, categories);
    PhraseLabel label = PhraseLabel.of(t);
    HeadRules.HeadChoice choice = headRules.choose(label, kids, s);
    int head = choice.head();
    if (choice.demoted() >= 0) {
      s.attach(kids.head(choice.demoted()), kids.head(head), choice.demotedRelation());
    }
    attacher.attachDependents(label, kids, head, s);
    return kids.head(head);
  }
}
