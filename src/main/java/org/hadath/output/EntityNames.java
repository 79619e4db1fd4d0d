package org.hadath.output;

import com.google.common.base.Preconditions;
import org.hadath.entities.actors.Actor;
import org.hadath.entities.actors.ActorLexicon;
import org.hadath.entities.places.Place;
import org.hadath.entities.places.PlaceGazetteer;

/**
 * English names and kinds of the canonical actors and places a frame's arguments were
 * resolved to, for outputs that speak ACLED's vocabulary. Reads the entity layer's tables;
 * thread-safe.
 */
public final class EntityNames {
  private final ActorLexicon actors;
  private final PlaceGazetteer places;

  /** Names from the given tables. */
  public EntityNames(ActorLexicon actors, PlaceGazetteer places) {
    this.actors = Preconditions.checkNotNull(actors);
    this.places = Preconditions.checkNotNull(places);
  }

  /** Names from the packaged tables. */
  public static EntityNames defaults() {
    return new EntityNames(ActorLexicon.defaults(), PlaceGazetteer.defaults());
  }

  /** Names from the tables of {@code models}. */
  public static EntityNames load(org.hadath.util.ModelFiles models) {
    return new EntityNames(ActorLexicon.load(models), PlaceGazetteer.load(models));
  }

  /** The actor with this id, or null. */
  public Actor actor(String id) {
    return id == null ? null : actors.actors().get(id);
  }

  /** The place with this id, or null. */
  public Place place(String id) {
    return id == null ? null : places.place(id);
  }
}
