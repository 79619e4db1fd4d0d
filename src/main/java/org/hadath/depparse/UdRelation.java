package org.hadath.depparse;

/**
 * The Universal Dependencies relations the converter assigns (UD v2 names, with the two
 * subtypes it uses). Its {@link #label()} is what CoNLL-U and CoreNLP's graph receive.
 */
public enum UdRelation implements DependentLabel {
  ROOT("root"),
  PUNCT("punct"),
  CONJ("conj"),
  CC("cc"),
  NSUBJ("nsubj"),
  NSUBJ_PASS("nsubj:pass"),
  OBJ("obj"),
  IOBJ("iobj"),
  OBL("obl"),
  OBL_TMOD("obl:tmod"),
  AUX("aux"),
  COP("cop"),
  CASE("case"),
  MARK("mark"),
  ADVMOD("advmod"),
  AMOD("amod"),
  NMOD("nmod"),
  NUMMOD("nummod"),
  DET("det"),
  APPOS("appos"),
  FLAT("flat"),
  COMPOUND("compound"),
  ACL("acl"),
  ADVCL("advcl"),
  CCOMP("ccomp"),
  XCOMP("xcomp"),
  PARATAXIS("parataxis"),
  DEP("dep");

  private final String label;

  UdRelation(String label) {
    this.label = label;
  }

  /** The relation as written in CoNLL-U ({@code nsubj:pass}). */
  public String label() {
    return label;
  }

  /** True for {@code nsubj} and its subtype {@code nsubj:pass}. */
  public boolean isSubject() {
    return this == NSUBJ || this == NSUBJ_PASS;
  }

  @Override
  public String toString() {
    return label;
  }
}
