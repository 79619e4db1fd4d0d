package org.hadath.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hadath.evaluation.SpecificityExamples;
import org.hadath.events.EventExtractor;
import org.hadath.events.specificity.SpecificityDecision;
import org.hadath.events.specificity.SpecificityModel;
import org.hadath.events.specificity.SpecificityTraining;
import org.hadath.events.specificity.SpecificityTraining.Example;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath train-specificity}: trains the specificity decision on the development halves
 * of the shared material ({@link SpecificityExamples}), prints its k-fold cross-validated
 * accuracy at several thresholds and writes the model file.
 */
@Command(name = "train-specificity", mixinStandardHelpOptions = true,
    description = "Train the specific-mention classifier (models/events/specificity.tsv) on the development halves.")
final class TrainSpecificityCommand implements Callable<Integer> {

  @Option(names = "--shared", paramLabel = "DIR", description = "the shared material (default: ../shared)")
  Path shared = Path.of("..", "shared");

  @Option(names = "--out", paramLabel = "FILE", description = "model file to write (default: models/events/specificity.tsv)")
  Path out = Path.of("models", "events", "specificity.tsv");

  @Option(names = "--folds", description = "cross-validation folds (default: 10)")
  int folds = 10;

  @Option(names = "--sigma", description = "L2 prior's sigma (default: 1.0)")
  double sigma = 1.0;

  @Option(names = "--threshold", description = "drop frames whose probability of SPECIFIC is below this (default: 0.3)")
  double threshold = 0.3;

  @Option(names = "--marked-threshold",
      description = "also judge frames marked HYPOTHETICAL or NEGATIVE, dropping those below this (default: exempt)")
  Double markedThreshold;

  @Option(names = "--easy-no-weight", description = "weight of an easy-no sentence's candidates (default: 0.3)")
  double easyNoWeight = 0.3;

  @Option(names = "--dump", paramLabel = "FILE",
      description = "also extract the check halves and write every candidate's probability (TSV) to FILE")
  Path dump;

  @Option(names = "--threads", description = "worker threads (default: available cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (threshold < 0 || threshold > 1 || folds < 2
        || markedThreshold != null && (markedThreshold < 0 || markedThreshold > 1)) {
      System.err.println("hadath: error: --threshold and --marked-threshold must be in [0, 1] and --folds at least 2");
      return 2;
    }
    List<SpecificityExamples.Text> texts = SpecificityExamples.development(shared, easyNoWeight);
    // the packaged model only decides which frames are kept; every candidate is recorded
    boolean marked = markedThreshold != null;
    double markedAt = marked ? markedThreshold : SpecificityModel.UNJUDGED;
    List<Example> examples = SpecificityExamples.collect(EventExtractor.create(), texts, threads, marked);
    long specific = examples.stream().filter(Example::specific).count();
    o.printf(Locale.ROOT, "%d texts, %d candidates (%d specific, %d other)%n",
        texts.size(), examples.size(), specific, examples.size() - specific);
    double[] p = SpecificityTraining.crossValidated(examples, folds, sigma);
    o.println(folds + "-fold cross-validation (folds by document):");
    for (double t : new double[] {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
      o.println("  " + SpecificityTraining.figures(examples, p, t));
    }
    if (marked) {
      List<Integer> m = new ArrayList<>();
      List<Integer> u = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        (SpecificityDecision.marked(examples.get(i).frame()) ? m : u).add(i);
      }
      o.println("  unmarked only: " + SpecificityTraining.figures(pick(examples, u), pick(p, u), threshold));
      o.println("  marked only:   " + SpecificityTraining.figures(pick(examples, m), pick(p, m), markedThreshold));
    }
    Map<String, Double> w = SpecificityTraining.train(examples, sigma);
    SpecificityTraining.write(out, w, threshold, markedAt, List.of(
        "Specificity model (issue #16), written by: hadath train-specificity --threshold " + threshold
            + (marked ? " --marked-threshold " + markedThreshold : "")
            + " --sigma " + sigma + " --easy-no-weight " + easyNoWeight + " --folds " + folds,
        "Trained on seeds, odd dev reports, labelled sentences 1-150, odd easy-no sentences: "
            + examples.size() + " candidates.",
        String.format(Locale.ROOT, "%d-fold CV at the threshold: %s", folds,
            SpecificityTraining.figures(examples, p, threshold)),
        "Columns: THRESHOLD<TAB>value | W<TAB>feature<TAB>weight of SPECIFIC (see SpecificityModel)."));

    if (dump != null) {
      List<Example> check = SpecificityExamples.collect(EventExtractor.create(),
          SpecificityExamples.check(shared), threads, marked);
      dump(examples, p, check, new SpecificityModel(w, threshold, markedAt));
      o.println("check halves at the threshold: " + SpecificityTraining.figures(check,
          check.stream().mapToDouble(e -> new org.hadath.events.specificity.SpecificityModel(w, 0)
              .specific(e.features())).toArray(), threshold));
    }
    o.println("wrote " + out + " (" + w.size() + " weights, threshold " + threshold + ")");
    return 0;
  }

  private static List<Example> pick(List<Example> xs, List<Integer> at) {
    return at.stream().map(xs::get).toList();
  }

  private static double[] pick(double[] xs, List<Integer> at) {
    return at.stream().mapToDouble(i -> xs[i]).toArray();
  }

  /** One line per candidate: half, document, trigger offset, type, label, probability (CV for the development half). */
  private void dump(List<Example> dev, double[] cv, List<Example> check,
      org.hadath.events.specificity.SpecificityModel model) throws java.io.IOException {
    try (var w = java.nio.file.Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
      for (int i = 0; i < dev.size(); i++) {
        line(w, "dev", dev.get(i), cv[i]);
      }
      for (Example e : check) {
        line(w, "check", e, model.specific(e.features()));
      }
    }
  }

  private static void line(java.io.Writer w, String half, Example e, double p) throws java.io.IOException {
    w.write(String.format(Locale.ROOT, "%s\t%s\t%d\t%s\t%d\t%.4f\t%s%n", half, e.group(),
        e.frame().trigger().begin(), e.frame().type(), e.specific() ? 1 : 0, p, String.join(" ", e.features())));
  }
}
