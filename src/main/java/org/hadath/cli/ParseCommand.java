package org.hadath.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.hadath.output.ConllUWriter;
import org.hadath.pipeline.ArabicPipeline;
import org.hadath.pipeline.ParserChoice;
import org.hadath.pipeline.PipelineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath parse FILE|-}: CoNLL-U with Universal Dependencies and original offsets. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Print CoNLL-U (UD dependencies; MISC TokenRange=BEGIN:END into the original text).")
final class ParseCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files, or - for standard input")
  List<String> files;

  @Option(names = "--parser", description = "SHIFT_REDUCE (default), SHIFT_REDUCE_BEAM or PCFG")
  ParserChoice parser = ParserChoice.SHIFT_REDUCE;

  @Option(names = "--max-parse-length", description = "longest sentence parsed in one piece (default ${DEFAULT-VALUE})")
  int maxParseLength = 100;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    ArabicPipeline pipeline = ArabicPipeline.create(
        PipelineOptions.defaults().withParser(parser).withMaxParseLength(maxParseLength));
    int failed = InputFiles.forEach(files, err, in -> {
      Annotation a = new Annotation(in.text());
      a.set(CoreAnnotations.DocIDAnnotation.class, docId(in.name()));
      pipeline.annotate(a);
      if (files.size() > 1) {
        out.println("# newdoc id = " + docId(in.name()));
      }
      StringBuilder sb = new StringBuilder();
      ConllUWriter.write(a, sb);
      out.print(sb);
      out.flush();
    });
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  static String docId(String name) {
    if (name.equals("-") || name.equals("<stdin>")) {
      return "stdin";
    }
    String base = name.replaceAll(".*/", "");
    return base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
  }
}
