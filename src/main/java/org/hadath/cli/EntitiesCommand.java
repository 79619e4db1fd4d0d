package org.hadath.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.hadath.entities.EntityMention;
import org.hadath.entities.actors.ActorAnnotations;
import org.hadath.entities.actors.ActorMention;
import org.hadath.entities.places.PlaceAnnotations;
import org.hadath.entities.places.PlaceMention;
import org.hadath.entities.quantity.QuantityAnnotations;
import org.hadath.entities.quantity.QuantityMention;
import org.hadath.entities.time.TimeAnnotations;
import org.hadath.entities.time.TimeMention;
import org.hadath.events.EventExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath entities FILE|-}: one JSON object per line per mention (ACTOR, PLACE,
 * QUANTITY, TIME) with its text, offsets into the original text and its resolution.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Print actor, place, quantity and time mentions as JSON lines.")
final class EntitiesCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files, or - for standard input")
  List<String> files;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "document date for relative times")
  LocalDate date;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    EventExtractor extractor = EventExtractor.create();
    int failed = InputFiles.forEach(files, err, in -> {
      Annotation a = extractor.annotate(ParseCommand.docId(in.name()), in.text(), date);
      List<EntityMention> mentions = new ArrayList<>();
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        addAll(mentions, s.get(ActorAnnotations.ActorMentionsAnnotation.class));
        addAll(mentions, s.get(PlaceAnnotations.PlaceMentionsAnnotation.class));
        addAll(mentions, s.get(QuantityAnnotations.QuantityMentionsAnnotation.class));
        addAll(mentions, s.get(TimeAnnotations.TimeMentionsAnnotation.class));
      }
      mentions.sort(Comparator.comparingInt(EntityMention::begin).thenComparing(m -> m.type().name()));
      for (EntityMention m : mentions) {
        out.println(toJson(ParseCommand.docId(in.name()), m));
      }
      out.flush();
    });
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static void addAll(List<EntityMention> l, List<? extends EntityMention> m) {
    if (m != null) {
      l.addAll(m);
    }
  }

  static ObjectNode toJson(String doc, EntityMention m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("doc", doc);
    n.put("type", m.type().name());
    n.put("text", m.text());
    n.put("begin", m.begin());
    n.put("end", m.end());
    n.put("sentence", m.sentenceIndex());
    if (m instanceof ActorMention a) {
      n.put("id", a.actorId());
      n.put("name", a.canonicalName());
      n.put("category", a.category() == null ? null : a.category().name());
      n.put("affiliation", a.affiliation());
      if (a.noun() != null) {
        n.put("noun", a.noun().text());
        n.put("people", a.noun().category() == null ? null : a.noun().category().name());
      }
    } else if (m instanceof PlaceMention p) {
      n.put("id", p.placeId());
      n.put("name", p.nameEn());
      n.put("head", p.headText());
      n.put("place_type", p.placeType() == null ? null : p.placeType().name());
      n.put("governorate", p.governorate());
      n.put("country", p.country());
      if (p.lat() != null) {
        n.put("lat", p.lat());
        n.put("lon", p.lon());
      }
      if (p.container() != null) {
        n.put("container", p.container().id());
      }
    } else if (m instanceof QuantityMention q) {
      org.hadath.output.EventJson.putInterval(n, q.min(), q.max(), q.approximate());
      n.put("kind", q.kind().name());
      if (q.countedNoun() != null) {
        n.put("counted", q.countedNoun().text());
        n.put("person", q.countedNoun().person());
      }
    } else if (m instanceof TimeMention t) {
      n.put("value", t.value());
      n.put("granularity", t.granularity() == null ? null : t.granularity().name());
      n.put("part_of_day", t.partOfDay() == null ? null : t.partOfDay().name());
    }
    return n;
  }
}
