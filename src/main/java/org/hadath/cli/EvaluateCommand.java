package org.hadath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.google.common.collect.Iterators;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hadath.evaluation.EventScorer;
import org.hadath.events.BatchExtractor;
import org.hadath.events.DocumentEvents;
import org.hadath.events.EventExtractor;
import org.hadath.output.EventJson;
import org.hadath.util.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath evaluate --gold DIR --text DIR}: extracts every {@code NAME.txt} that has a
 * gold {@code NAME.json} and prints the reference scorer's figures; {@code --pred DIR} scores
 * existing prediction files instead.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score extraction against gold event files, as corpus/score.py does.")
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "gold NAME.json files")
  Path gold;

  @Option(names = "--text", paramLabel = "DIR", description = "the NAME.txt files to extract from")
  Path text;

  @Option(names = "--pred", paramLabel = "DIR", description = "score these NAME.json predictions instead of extracting")
  Path pred;

  @Option(names = "--threads", description = "worker threads (default: available cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if ((text == null) == (pred == null)) {
      err.println("hadath: error: give exactly one of --text DIR and --pred DIR");
      return 2;
    }
    EventScorer.Result r;
    if (pred != null) {
      r = EventScorer.score(gold, pred);
    } else {
      r = EventScorer.score(EventScorer.readDir(gold), extractAll(err));
    }
    out.print(r.report());
    return 0;
  }

  private Map<String, JsonNode> extractAll(PrintStream err) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, JsonNode> preds = new TreeMap<>();
    List<String> names;
    try (Stream<Path> s = Files.list(gold)) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    }
    EventExtractor extractor = EventExtractor.create();
    Iterator<BatchExtractor.Input> inputs = Iterators.transform(names.iterator(), json -> {
      String id = json.substring(0, json.length() - 5);
      return new BatchExtractor.Input(id, () -> {
        try {
          return TextFiles.readUtf8(text.resolve(id + ".txt"));
        } catch (IOException e) {
          throw new IllegalArgumentException(id + ".txt: " + e.getMessage(), e);
        }
      }, null);
    });
    new BatchExtractor(extractor, Math.max(1, threads)).run(inputs, res -> {
      if (!res.ok()) {
        err.println("hadath: error: " + res.error());
        return;
      }
      DocumentEvents d = res.events();
      preds.put(res.id() + ".json", mapper.valueToTree(EventJson.toJson(d)));
    });
    return preds;
  }

}
