package org.hadath.entities.actors;

/** What a generic people noun names; the {@code category} column of {@code people_nouns.tsv}. */
public enum PeopleCategory {
  CIVILIANS, CHILDREN, WOMEN, FAMILIES, RESIDENTS, FIGHTERS, SOLDIERS, PEOPLE;

  /**
   * The actor category a bare noun of this kind implies, or null when the noun alone does
   * not say which side it is on (مقاتلين، جنود، أشخاص).
   */
  public ActorCategory impliedActorCategory() {
    switch (this) {
      case CIVILIANS: case CHILDREN: case WOMEN: case FAMILIES: case RESIDENTS:
        return ActorCategory.CIVILIANS;
      default:
        return null;
    }
  }
}
