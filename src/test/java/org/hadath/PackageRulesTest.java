package org.hadath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hadath.depparse.DependencyAnnotator;
import org.hadath.pipeline.ArabicPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the library, read from the sources under {@code src/main/java}: the
 * layers depend one way (no package cycle, no layer importing a later one), the CoreNLP
 * layer knows nothing of the dependency layer, and the entity subpackages share code only
 * through {@code org.hadath.entities}.
 *
 * <p>A dependency is an import or a fully qualified {@code org.hadath...} name in code;
 * comments and string literals are not code (a class named in a string is loaded at run
 * time, as CoreNLP's {@code customAnnotatorClass} does).
 */
class PackageRulesTest {

  /** Top-level packages in layer order: a package may depend on its own layer and earlier ones. */
  private static final List<String> LAYERS = List.of(
      "util", "normalize", "pipeline", "depparse", "entities", "events", "incidents", "output|evaluation",
      "service", "cli");

  /**
   * Dependencies between entity subpackages that are tolerated for now, each with its reason.
   * Remove an entry once its reason is gone.
   */
  private static final Map<String, String> TOLERATED_ENTITY_LINKS = Map.of();

  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;",
      Pattern.MULTILINE);
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.hadath(?:\\.\\w+)+");

  /** A dependency of one source file: its package, the referenced name and that name's package. */
  private record Link(Path file, String from, String name, String to) {}

  private static List<Link> links;

  @BeforeAll
  static void readSources() throws IOException {
    Path root = Path.of("src", "main", "java");
    assertTrue(Files.isDirectory(root), "no sources at " + root.toAbsolutePath());
    links = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        links.addAll(linksOf(f));
      }
    }
    assertTrue(links.size() > 100, "too few dependencies found: " + links.size());
  }

  /**
   * No two packages depend on each other, with one kind of link set aside: a layer's root
   * package (its public API and records, e.g. {@code org.hadath.events}) wires the mechanisms
   * of its own subpackages, which read the root's records. Everything else — between layers,
   * between sibling subpackages, a subpackage and its own subpackages — must be acyclic.
   */
  @Test
  void noPackageCycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Link l : links) {
      graph.computeIfAbsent(l.from(), k -> new TreeSet<>());
      if (!l.from().equals(l.to()) && !isLayerRootWiring(l)) {
        graph.get(l.from()).add(l.to());
      }
    }
    List<List<String>> cycles = new ArrayList<>();
    for (List<String> scc : stronglyConnected(graph)) {
      if (scc.size() > 1) {
        cycles.add(scc);
      }
    }
    assertEquals(List.of(), cycles, "packages that depend on each other");
  }

  @Test
  void layersDependOnlyOnEarlierLayers() {
    List<String> wrong = new ArrayList<>();
    for (Link l : links) {
      if (layer(l.to()) > layer(l.from())) {
        wrong.add(l.file() + ": " + l.from() + " -> " + l.name());
      }
    }
    assertEquals(List.of(), wrong, "a layer uses a later one (order: " + LAYERS + ")");
  }

  @Test
  void pipelineDoesNotUseDepparse() {
    List<String> wrong = links.stream()
        .filter(l -> l.from().startsWith("org.hadath.pipeline")
            && l.to().startsWith("org.hadath.depparse"))
        .map(l -> l.file() + ": " + l.name()).toList();
    assertEquals(List.of(), wrong);
  }

  @Test
  void pipelineNamesTheDependencyAnnotatorThatExists() {
    assertEquals(DependencyAnnotator.class.getName(), ArabicPipeline.DEPENDENCY_ANNOTATOR);
  }

  @Test
  void entitySubpackagesShareOnlyThroughTheEntitiesPackage() {
    List<String> wrong = new ArrayList<>();
    for (Link l : links) {
      String from = entitySubpackage(l.from());
      String to = entitySubpackage(l.to());
      if (l.from().equals("org.hadath.entities") && to != null) {
        wrong.add(l.file() + ": the shared entity package uses " + l.name());
      } else if (from != null && to != null && !from.equals(to)
          && !TOLERATED_ENTITY_LINKS.containsKey(l.from() + " -> " + l.name())) {
        wrong.add(l.file() + ": " + l.from() + " -> " + l.name());
      }
    }
    assertEquals(List.of(), wrong, "entity subpackages must not use each other");
  }

  @Test
  void readerSeesDependenciesInCodeOnly() {
    String src = "package org.hadath.a;\nimport org.hadath.b.B;\n"
        + "/** see {@link org.hadath.c.C} */ class A { // org.hadath.d.D\n"
        + "  String s = \"org.hadath.e.E\"; char q = '\"'; Object o = org.hadath.f.F.G.class;\n"
        + "  String t = \"\"\"\n    org.hadath.h.H\n    \"\"\"; }\n";
    List<String> names = linksOf(Path.of("A.java"), src).stream().map(Link::to).toList();
    assertEquals(List.of("org.hadath.b", "org.hadath.f"), names);
    assertFalse(names.contains("org.hadath.e"));
  }

  // ---- reading sources -------------------------------------------------------------

  private static List<Link> linksOf(Path f) {
    try {
      return linksOf(f, Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Link> linksOf(Path f, String source) {
    String code = codeOnly(source);
    Matcher pm = PACKAGE.matcher(code);
    if (!pm.find()) {
      fail(f + " has no package declaration");
    }
    String pkg = pm.group(1);
    List<Link> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(code);
    m.region(pm.end(), code.length());
    while (m.find()) {
      out.add(new Link(f, pkg, m.group(), packageOf(m.group())));
    }
    return out;
  }

  /** The package part of a qualified name: its segments up to the first capitalised one. */
  static String packageOf(String name) {
    String[] parts = name.split("\\.");
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (Character.isUpperCase(p.charAt(0))) {
        break;
      }
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  /** The source with comments and string, text-block and character literals blanked out. */
  static String codeOnly(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
        out.append(' ');
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        i = end < 0 ? s.length() : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  // ---- rules -------------------------------------------------------------------------

  /** Index in {@link #LAYERS} of a package's top-level package; unknown ones come last. */
  private static int layer(String pkg) {
    String rest = pkg.startsWith("org.hadath.") ? pkg.substring("org.hadath.".length()) : "";
    String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    for (int i = 0; i < LAYERS.size(); i++) {
      if (top.matches(LAYERS.get(i))) {
        return i;
      }
    }
    return LAYERS.size();
  }

  /** The subpackage of {@code org.hadath.entities} a package belongs to, or null. */
  private static String entitySubpackage(String pkg) {
    String prefix = "org.hadath.entities.";
    if (!pkg.startsWith(prefix)) {
      return null;
    }
    String rest = pkg.substring(prefix.length());
    return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
  }

  /** Tarjan's strongly connected components. */
  private static List<List<String>> stronglyConnected(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, out, counter);
      }
    }
    return out;
  }

  private static void connect(String v, Map<String, Set<String>> graph,
      Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
      Set<String> onStack, List<List<String>> out, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> scc = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        scc.add(w);
      } while (!w.equals(v));
      out.add(scc);
    }
  }

  /** A layer's root package using one of its own subpackages (org.hadath.events -> org.hadath.events.frames). */
  private static boolean isLayerRootWiring(Link l) {
    return l.from().split("\\.").length == 3 && l.to().startsWith(l.from() + ".");
  }
}
