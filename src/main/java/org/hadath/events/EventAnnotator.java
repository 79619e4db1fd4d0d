package org.hadath.events;

import com.google.common.collect.RangeSet;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.hadath.entities.actors.ActorAnnotations;
import org.hadath.entities.people.PersonNames;
import org.hadath.entities.places.PlaceAnnotations;
import org.hadath.entities.quantity.QuantityAnnotations;
import org.hadath.entities.time.TimeAnnotations;
import org.hadath.events.arguments.Candidate;
import org.hadath.events.casualties.FollowingTolls;
import org.hadath.events.casualties.HeadlineTolls;
import org.hadath.events.casualties.RestatedTolls;
import org.hadath.events.frames.AgentsCarriedOver;
import org.hadath.events.frames.DocumentPlaces;
import org.hadath.events.frames.FrameFinder;
import org.hadath.events.frames.PostStampTimes;
import org.hadath.events.frames.ReportPeople;
import org.hadath.events.frames.ReportPlaces;
import org.hadath.events.sentence.SentenceView;
import org.hadath.events.sources.PostSources;
import org.hadath.events.sources.SourceFinder;
import org.hadath.events.specificity.SpecificityDecision;
import org.hadath.events.specificity.SpecificityFeatures;
import org.hadath.events.specificity.SpecificityModel;
import org.hadath.util.ModelFiles;

/**
 * Finds event frames ({@code hadath_events}): wires the mechanisms of the event layer over a
 * document's sentences. For each sentence, its reporters ({@link SourceFinder}, passed on to a
 * sentence that continues a report) and its frames ({@link FrameFinder}: triggers from
 * {@code triggers.tsv}, arguments from the Semgrex rules of {@code arguments.tsv} and the
 * fallbacks, times, casualties, people counts, polarity and modality).
 *
 * <p>Needs tokens, sentences, POS, dependencies, and the entity annotators' mentions
 * (actors, places, quantities, times; missing ones only lose arguments). Stores frames under
 * {@link EventAnnotations.EventFramesAnnotation} on the document and on each sentence.
 * Property {@code <name>.rules}: a directory with edited rule files; or {@code hadath.models}: a
 * folder of edited models whose {@code events/} files replace the packaged ones.
 * Thread-safe.
 */
public class EventAnnotator implements Annotator {

  private final EventRules rules;
  private final FrameFinder frames;
  private final SourceFinder sources;
  private final PostSources posts;
  /** Which frames are specific mentions (issue #16). */
  private final MentionFilter mentions;
  /** Which parts of a page are not the article's own text (issue #16). */
  private final PageFurniture furniture;
  /** Tolls told in the sentence after their event (issue #17). */
  private final FollowingTolls followingTolls;
  /** Tolls told with their event named again (أسفر العدوان عن …; issue #17). */
  private final RestatedTolls restatedTolls;
  /** Doers carried to a strike verb told without subject (issue #17). */
  private final AgentsCarriedOver carriedAgents;
  /** Which remaining frames the learnt model takes for specific mentions (issue #16). */
  private final SpecificityDecision specificity;
  /**
   * The gazetteer that reads the places of the lines the pipeline left unanalysed, for the
   * report's places ({@link ReportPlaces}); loaded on first use (the entity layer has loaded it
   * by then in a full pipeline).
   */
  private final com.google.common.base.Supplier<org.hadath.entities.places.PlaceGazetteer> placeGazetteer =
      com.google.common.base.Suppliers.memoize(org.hadath.entities.places.PlaceGazetteer::defaults);

  /** The reader of the names of people a report gives ({@link ReportPeople}); loaded on first use. */
  private final com.google.common.base.Supplier<PersonNames> personNames =
      com.google.common.base.Suppliers.memoize(PersonNames::defaults);

  /** Constructor used by CoreNLP's {@code customAnnotatorClass} mechanism. */
  public EventAnnotator(String name, Properties props) {
    this(props.getProperty(name + ".rules"), ModelFiles.fromProperties(props));
  }

  /** Rules and furniture cues from a rules folder {@code dir}, else from {@code models}. */
  private EventAnnotator(String dir, ModelFiles models) {
    this(rulesFrom(dir, models), furnitureFrom(dir, models), specificityFrom(dir, models));
  }

  private static SpecificityModel specificityFrom(String dir, ModelFiles models) {
    if (dir != null) {
      return SpecificityModel.load(ModelFiles.overrides(Path.of(dir), EventRules.DEFAULT_DIR));
    }
    return models == ModelFiles.packaged() ? SpecificityModel.getDefault() : SpecificityModel.load(models);
  }

  private static PageFurniture furnitureFrom(String dir, ModelFiles models) {
    if (dir != null) {
      return PageFurniture.load(ModelFiles.overrides(Path.of(dir), EventRules.DEFAULT_DIR));
    }
    return models == ModelFiles.packaged() ? PageFurniture.getDefault() : PageFurniture.load(models);
  }

  private static EventRules rulesFrom(String dir, ModelFiles models) {
    return dir != null ? EventRules.load(dir)
        : models == ModelFiles.packaged() ? EventRules.getDefault() : EventRules.load(models);
  }

  /** An annotator with the given rules. */
  public EventAnnotator(EventRules rules) {
    this(rules, PageFurniture.getDefault());
  }

  /** An annotator with the given rules and page-furniture cues, and the packaged specificity model. */
  public EventAnnotator(EventRules rules, PageFurniture furniture) {
    this(rules, furniture, SpecificityModel.getDefault());
  }

  /**
   * An annotator with the given rules, page-furniture cues and specificity model
   * ({@link SpecificityModel#keepAll()} keeps every frame the rules find).
   */
  public EventAnnotator(EventRules rules, PageFurniture furniture, SpecificityModel specificity) {
    this.rules = rules;
    this.specificity = new SpecificityDecision(new SpecificityFeatures(rules), specificity);
    this.frames = new FrameFinder(rules);
    this.sources = new SourceFinder(frames.words());
    this.posts = new PostSources(frames.words());
    this.mentions = new MentionFilter(rules);
    this.furniture = furniture;
    this.followingTolls = new FollowingTolls(frames.words());
    this.restatedTolls = new RestatedTolls(frames.words());
    this.carriedAgents = new AgentsCarriedOver(frames.words());
  }

  /** The packaged rules. */
  public EventAnnotator() {
    this(EventRules.getDefault());
  }

  /** The rules in use. */
  public EventRules rules() {
    return rules;
  }

  @Override
  public void annotate(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    String docId = doc.get(CoreAnnotations.DocIDAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<EventFrame> all = new ArrayList<>();
    List<Candidate> previousSources = List.of();
    List<SentenceView> views = new ArrayList<>();
    for (CoreMap s : sentences) {
      views.add(SentenceView.of(s, text));
    }
    RangeSet<Integer> notOwn = furniture.ranges(text);
    // who speaks in the document's social posts (attribution lines, "our teams" + hashtag)
    Map<Integer, List<Candidate>> voiced = SentenceGuard.run(docId, -1, () -> posts.sources(text, views), Map.of());
    List<List<EventFrame>> bySentence = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      SentenceView v = views.get(si);
      List<Candidate> previous = previousSources;
      // one failing mechanism costs this sentence's frames, not the document (SentenceGuard)
      List<Candidate> reporters =
          SentenceGuard.run(docId, si, () -> sources.sentenceSources(v, previous), List.of());
      List<Candidate> heard = PostSources.merge(reporters, voiced.get(si));
      List<EventFrame> found = SentenceGuard.run(docId, si, () -> frames.frames(v, heard, views), List.of());
      List<EventFrame> specific = SentenceGuard.run(docId, si, () -> mentions.filter(v, found, notOwn), List.of());
      // the learnt decision sees what the rules kept; its candidates stay on the sentence for training
      List<SpecificityDecision.Candidate> judged =
          SentenceGuard.run(docId, si, () -> specificity.judge(v, specific), List.of());
      sentences.get(si).set(EventAnnotations.SpecificityCandidatesAnnotation.class, judged);
      bySentence.add(SpecificityDecision.kept(judged));
      previousSources = reporters;
    }
    // tolls told in the sentence after their event (… وأدى إلى مقتل 12): a refinement too
    SentenceGuard.run(docId, -1, () -> {
      followingTolls.carry(views, bySentence, text, notOwn);
      return true;
    }, false);
    // tolls told with their event named again (وأضاف أن العدوان أسفر عن …), before places are filled in
    SentenceGuard.run(docId, -1, () -> {
      restatedTolls.carry(views, bySentence);
      return true;
    }, false);
    // a toll told only in a placeless headline (مسيرة تقتل …) belongs to the lead's strike
    SentenceGuard.run(docId, -1, () -> {
      HeadlineTolls.carry(views, bySentence, text, notOwn);
      return true;
    }, false);
    // settling types over the document is a refinement: if it fails, the frames stay as found
    SentenceGuard.run(docId, -1, () -> {
      mentions.settle(views, bySentence);
      return true;
    }, false);
    // strikes that name no place of their own take the document's (dateline, headline)
    SentenceGuard.run(docId, -1, () -> {
      DocumentPlaces.fill(views, bySentence, notOwn);
      return true;
    }, false);
    // a social post's events told without a time of their own are dated by the post's stamp
    SentenceGuard.run(docId, -1, () -> {
      PostStampTimes.fill(text, doc.get(TimeAnnotations.DocumentDateSourceAnnotation.class), bySentence);
      return true;
    }, false);
    // a strike verb without subject goes on with the doer of the strike before it
    SentenceGuard.run(docId, -1, () -> {
      carriedAgents.fill(views, bySentence);
      return true;
    }, false);
    // the places the report names, for grouping reports into incidents; frames are not touched
    doc.set(EventAnnotations.ReportPlacesAnnotation.class,
        SentenceGuard.run(docId, -1, () -> ReportPlaces.of(sentences, views, notOwn, placeGazetteer.get()), List.of()));
    // the names of people the report gives, likewise
    doc.set(EventAnnotations.ReportPeopleAnnotation.class,
        SentenceGuard.run(docId, -1, () -> ReportPeople.of(text, notOwn, personNames.get()), List.of()));
    for (int si = 0; si < sentences.size(); si++) {
      sentences.get(si).set(EventAnnotations.EventFramesAnnotation.class, bySentence.get(si));
      all.addAll(bySentence.get(si));
    }
    doc.set(EventAnnotations.EventFramesAnnotation.class, all);
  }

  /**
   * Which sentences the event layer needs parsed ({@link EventParseSelector}): without a
   * parse a sentence yields no frame and no reporter, so parsing the others is wasted work;
   * the output is the same.
   */
  public org.hadath.pipeline.SentenceSelector parseSelector() {
    return new EventParseSelector(rules);
  }

  /** True when some trigger rule could fire on this word, ignoring conditions: for pruning. */
  public boolean isTriggerCandidate(String key) {
    return frames.words().isTriggerCandidate(key);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        ActorAnnotations.ActorMentionsAnnotation.class, PlaceAnnotations.PlaceMentionsAnnotation.class,
        QuantityAnnotations.QuantityMentionsAnnotation.class, TimeAnnotations.TimeMentionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EventAnnotations.EventFramesAnnotation.class,
        EventAnnotations.SpecificityCandidatesAnnotation.class, EventAnnotations.ReportPlacesAnnotation.class,
        EventAnnotations.ReportPeopleAnnotation.class);
  }
}
