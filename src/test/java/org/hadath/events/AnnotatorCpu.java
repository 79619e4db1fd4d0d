package org.hadath.events;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hadath.entities.places.PlaceGazetteer;
import org.hadath.events.frames.ReportPlaces;
import org.hadath.events.sentence.SentenceView;
import org.hadath.pipeline.ArabicPipeline;
import org.hadath.pipeline.HadathAnnotations;
import org.hadath.util.TextFiles;

/**
 * Thread CPU time per annotator of the default (pruned) extractor over the given folders'
 * .txt files: 12 passes ({@code -Dpasses=N}), the first four a warm-up ({@code -Dwarm=N});
 * prints each stage's time per pass (mean of the timed passes), the time {@link ReportPlaces} takes inside the event layer, and the documents'
 * sentences by parse status ({@code -Dshow=true} prints the analysed ones); {@code -Djfr=FILE}
 * records the timed passes' JFR samples. Not a test; a measuring tool for speed work on a shared machine,
 * where CPU time of the running thread moves far less than wall-clock time:
 *
 * <pre>
 * mvn -o -q -DskipTests package &amp;&amp; mvn -o -q test-compile
 * CP="target/test-classes:target/classes:target/lib/*"
 * java -Xmx2g -Xss8m -XX:+UseParallelGC -cp "$CP" org.hadath.events.AnnotatorCpu test-data/bench/general
 * </pre>
 */
public final class AnnotatorCpu {
  private static final int PASSES = Integer.getInteger("passes", 12);
  private static final int WARM = Integer.getInteger("warm", 4);

  private AnnotatorCpu() {}

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String dir : args) {
      for (Path f : TextFiles.txtFiles(Path.of(dir))) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    EventExtractor ex = EventExtractor.create();
    List<Annotator> stages = new ArrayList<>(((ArabicPipeline) field(ex, "pipeline")).stages());
    @SuppressWarnings("unchecked")
    List<Annotator> layers = (List<Annotator>) field(ex, "layers");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    PlaceGazetteer gaz = PlaceGazetteer.defaults();
    Map<String, Long> cpu = new LinkedHashMap<>();
    Map<String, Integer> status = new TreeMap<>();
    String jfr = System.getProperty("jfr");
    jdk.jfr.Recording recording = null;
    for (int pass = 1; pass <= PASSES; pass++) {
      boolean timed = pass > WARM;
      if (pass == WARM + 1 && jfr != null) {
        // samples of the timed passes only: the warm-up's model loading and first-seen words left out
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.start();
      }
      long passStart = mx.getCurrentThreadCpuTime();
      for (int d = 0; d < texts.size(); d++) {
        Annotation a = new Annotation(texts.get(d));
        a.set(CoreAnnotations.DocIDAnnotation.class, "d" + d);
        List<Annotator> all = new ArrayList<>(stages);
        all.addAll(layers);
        for (Annotator st : all) {
          long t = mx.getCurrentThreadCpuTime();
          st.annotate(a);
          if (timed) {
            cpu.merge(st.getClass().getSimpleName(), mx.getCurrentThreadCpuTime() - t, Long::sum);
          }
        }
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
          continue;
        }
        // ReportPlaces again, alone, as the event layer ran it (furniture only filters its output)
        String text = a.get(CoreAnnotations.TextAnnotation.class);
        List<SentenceView> views = new ArrayList<>();
        for (CoreMap s : sentences) {
          views.add(SentenceView.of(s, text));
        }
        var furniture = PageFurniture.getDefault().ranges(text);
        long t = mx.getCurrentThreadCpuTime();
        ReportPlaces.of(sentences, views, furniture, gaz);
        if (timed) {
          cpu.merge("(ReportPlaces inside EventAnnotator)", mx.getCurrentThreadCpuTime() - t, Long::sum);
        }
        if (pass == 1) {
          for (CoreMap s : sentences) {
            var st = s.get(HadathAnnotations.ParseStatusAnnotation.class);
            status.merge(st == null ? "none" : st.name(), 1, Integer::sum);
            if (Boolean.getBoolean("show") && st != null && st != org.hadath.pipeline.ParseStatus.NOT_ANALYSED) {
              int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
              int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
              System.out.println("d" + d + " " + st + " | " + text.substring(b, e).replace('\n', ' '));
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "pass %d: %.0f ms thread CPU%n", pass,
          (mx.getCurrentThreadCpuTime() - passStart) / 1e6);
    }
    if (recording != null) {
      recording.dump(Path.of(jfr));
      recording.close();
    }
    System.out.println("sentences by parse status: " + status);
    int n = PASSES - WARM;
    cpu.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-40s %8.1f ms/pass%n", k, v / 1e6 / n));
  }

  private static Object field(Object o, String name) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }
}
