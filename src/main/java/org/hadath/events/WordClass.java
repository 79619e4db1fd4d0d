package org.hadath.events;

/**
 * The word classes of {@code classes.tsv} that the event mechanisms themselves ask about (the
 * rule files may define and use more). {@link EventRules#load} fails, naming the file, when a
 * rules folder lacks one of them, so a missing class is found at load and never in the middle
 * of an extraction.
 */
public enum WordClass {
  /** Abstract things and requests (الصراعات، الأزمة، شكوى): a trigger taking one as object is figurative. */
  ABSTRACT,
  /** Aircraft and air raids: a strike's instrument, a remote attack. */
  AIR,
  /** Words that pick a part out of the victims just counted (بينهم، منهم): that part is no toll of its own. */
  AMONG,
  /** Guns and heavy weapons of the ground (رشاشات، أسلحة ثقيلة): an instrument, not a sign of a strike. */
  WEAPON,
  /** Raid nouns that are aerial by definition (غارة): their air adjective is no instrument. */
  AIR_RAID,
  /** Artillery, rockets, shells: a strike's instrument, a remote attack. */
  ARTILLERY,
  /** Attack nouns (هجوم): a clash, or a strike when made from a distance. */
  ATTACK,
  /** "Both sides" (الطرفين، الجانبين): a clash's sides pointed back to. */
  BOTH_SIDES,
  /** Words of a ground battle (اشتباكات، محور، هجوم معاكس): car bombs in it stay a clash; a raid with them is fighting. */
  BATTLE,
  /** Causal prepositions (جراء، بسبب): a toll blamed on one mention also goes on its cause. */
  CAUSE,
  /** Claim verbs (زعم، ادعى). */
  CLAIM,
  /** Words that open a new clause (حيث، فيما): a verb after one tells its own event. */
  CLAUSE_LINK,
  /** The noun "number" of a group (عدد): أغلب الضحايا والبالغ عددهم 10 أشخاص counts the victims before it. */
  COUNT_OF,
  /** Condemnations (أدان، استنكر): a definite trigger they govern is an event named before, condemned. */
  CONDEMN,
  /** Complementizers (أن) that are no condition although marked like one. */
  COMPLEMENTIZER,
  /** Conditional particles (إذا، لو). */
  COND,
  /** Verbs that deny or refuse. */
  DENY,
  /**
   * Verbs of a bound on a number (يقل، يزيد، يتجاوز): negated, they give a figure (ما لا يقل عن
   * 15), not a denial of the event the figure counts.
   */
  BOUND,
  /** The exception particle (إلا): after a negation it restricts (لا يملكها إلا الجيش), it does not deny. */
  EXCEPT,
  /** Adjectives that make an attack word figurative (سياسي، اقتصادي، إلكتروني): no event. */
  FIGURATIVE,
  /** People in office (رئيس، وزير، الأمين العام): a clash or evacuation with one as subject is words or a trip. */
  OFFICIAL,
  /** Weapons programmes (تجارب، تطوير، امتلاك): a weapon word they govern is no attack. */
  PROGRAMME,
  /** A trigger word that after في is a preposition (في مواجهة X: against X). */
  AS_PREPOSITION,
  /** Captives (رهائن، مختطفين): moving them is no evacuation. */
  CAPTIVE,
  /** Crimes of no event type (اغتصاب، تعذيب): a trigger listed with one is an accusation. */
  CRIME,
  /** Masdars of doing (تنفيذ، شن): ل before one under a noun is a purpose, no occurrence. */
  DOING,
  /** Sport (مباراة، هجمة مرتدة، المهاجم): an attack word in a game is no event. */
  SPORT,
  /** Explosives (مفخخة، عبوة): an instrument, also as a vehicle's adjective. */
  EXPLOSIVE,
  /** The noun naming where fire came from (قصف مصدره X): X is the strike's doer. */
  FIRE_ORIGIN,
  /** Prepositions of leaving (من، عن). */
  FROM,
  /** Future particles (سوف، س). */
  FUTURE,
  /** Generic attack words (هجوم، استهدف، عملية): a restatement of a bombing takes its type. */
  GENERIC_ATTACK,
  /** Generic clash words (هجمات، تصدت) that a report of strikes uses for its strikes. */
  GENERIC_CLASH,
  /** Ground fighting: an attack stays a clash near these words. */
  GROUND,
  /** Habits (دأب، تتكرر، المتكرر): a trigger they govern or qualify is no specific event. */
  HABITUAL,
  /** Plans, expectations, agreements, demands. */
  HYPO,
  /** Prepositions of where (في). */
  IN,
  /** Demonstratives (هذه، تلك): a trigger right after one only points back. */
  DEMONSTRATIVE,
  /** Words that hit a person without saying killed or wounded (قنص، تحييد): their counted object is either. */
  HARM,
  /** Injured. */
  INJURED,
  /** Killed. */
  KILLED,
  /** Strike words that themselves mean killing (مجزرة): their counted target is a death toll. */
  KILLING,
  /** Life (حياة): after a {@link #LIFE_LOSS} verb, a killing (فقد حياته، أودى بحياة). */
  LIFE,
  /** Verbs that lose or take a life (فقد، فارق، أودى), with a {@link #LIFE} word after them. */
  LIFE_LOSS,
  /** Launching (أطلق، إطلاق): a definite weapon under its masdar with nothing specific names rocket fire as such. */
  LAUNCH,
  /** Light verbs whose object is a nominal trigger (شن، نفذ). */
  LIGHT,
  /** Nationality adjectives: the owner of an instrument. */
  NATIONALITY,
  /** Negation particles. */
  NEG,
  /** The preposition على: a strike's target. */
  ON,
  /** The preposition ل after a strike noun: a place it hit (قصف لقرية X). */
  TARGET_PREP,
  /** Generic outlet nouns (وكالة): in وكالة X the name alone is the source. */
  OUTLET_NOUN,
  /** Reporters named as persons (مراسل، الناشط): their own name may follow. */
  REPORTER,
  /** "By" after a preposition (من قبل، من طرف): the doer of a passive attack follows. */
  BY_AGENT,
  /** A title that only describes a person (الناشط): before the person's name, the name alone is the source. */
  PERSON_TITLE,
  /** The preposition of the outlet a source spoke to (قالت مصادر لـ"…"). */
  TOLD_TO,
  /** "Our teams" (فرقنا، كوادرنا): an account speaking as an organisation (a post's source). */
  OWN_TEAM,
  /** The pronoun suffix "our" (نا) when the segmenter cuts it off (فرق + نا): joined back to read {@link #OWN_TEAM}. */
  OUR,
  /** Nouns for people: themes of evacuations and surrenders, victims. */
  PEOPLE,
  /** Place nouns that introduce a named place. */
  PLACECUE,
  /** Plural pronouns (هم، هن) that point back to people. */
  PLURAL_PRONOUN,
  /** Raids, searches and arrests (اعتقال، مداهمة): with no fighting, no event. */
  RAID,
  /** Verbs of a result (أدى، أسفر): a sentence opening with one tells the toll of the event before it. */
  RESULT,
  /** Reporting verbs (قال، أضاف), whose frames give events their sources. */
  REPORT,
  /** The preposition of a reporting verb's source (نقلت … عن). */
  REPORTED_FROM,
  /** Reporting prepositions (بحسب، وفق، نقلاً عن). */
  REPORT_PREP,
  /** Words after a clash noun that introduce its sides (بين، مع، ضد). */
  SIDES,
  /** Speech told as its manner (قائلاً، معتبراً): an attack word followed by one is an attack in words. */
  SPEECH_MANNER,
  /** Nouns that name a reporter (مصادر، مراسل، ناشطون). */
  SOURCE_NOUN,
  /** Periods of a statistic (مطلع، الأشهر، سنوات), after a STAT_SINCE word. */
  STAT_PERIOD,
  /** A year as the period of a count (في العام 2006), after a counted trigger. */
  STAT_YEAR,
  /** Words that open a counted period (منذ، خلال، على مدى). */
  STAT_SINCE,
  /** Calls to stop (وقف، إيقاف): a trigger they govern is no event. */
  STOP,
  /** Storming and raiding triggers (اقتحام، مداهمة): without fighting words, a raid. */
  STORM,
  /** Nouns that frame a trigger as a reference (في سياق القصف، ذكرى التفجير). */
  REFERENCE,
  /** Titles of works (فيلم، كتاب): a trigger in the quoted title after one is no event. */
  TITLE,
  /** Things strikes hit (مواقع، مقرات). */
  TARGET_NOUN,
  /** Words that may open a toll sentence before its toll or result word (وبذلك، كما، وقد). */
  TOLL_LEAD,
  /** Running totals (ارتفع، حصيلة، بلغ): a toll after one updates its event's figure. */
  TOTAL,
  /** Prepositions of going to (إلى، نحو). */
  TOWARDS,
  /** Victim words that, with no figure, do not say whether the victims died (ضحايا): killed or injured. */
  VICTIMS_EITHER,
  /** Plural victim nouns (قتلى، جرحى): without a figure, at least two. */
  VICTIMS_PLURAL,
  /** Adjectives that make an injury noun a hit on a target (إصابات دقيقة، إصابة مباشرة): no casualty. */
  HIT_QUALITY,
  /** The preposition of means and manner (أصيب بجروح، بإصابات): what follows tells how, not who. */
  BY,
  /** Dual victim nouns (شهيدين، جريحين، إصابتين): with no figure, two. */
  CASUALTY_DUAL,
  /** Indefinite singular victim nouns (قتيل، شهيد، جريح): with no figure, one (وقوع قتيل). */
  CASUALTY_ONE,
  /** The bare preposition opening a breakdown of victims counted before it (3 أشخاص بين شهيد وجريحين). */
  BREAKDOWN,
  /** The pronoun of a result told of a whole clause (… ، ما أدى إلى): the tree links that result. */
  WHAT_RESULT,
  /** Relative pronouns of one person (الذي، التي): the subject of a death verb, one dead. */
  RELATIVE_ONE,
  /** Relative pronouns of two (اللذان، اللتان): two dead. */
  RELATIVE_TWO,
  /** Relative pronouns of a group (الذين، اللواتي): at least two dead. */
  RELATIVE_MANY,
  /** One picked out of a group (أحد، إحدى): أحد الجرحى names a person, not an injury. */
  ONE_OF,
  /** Computers and networks (الويب، الحواسيب): an attack word on one is no armed event. */
  CYBER,
  /** Means, money and pretexts (صواعق، تمويل، ذريعة): a trigger as their purpose after ل tells no occurrence. */
  MEANS,
  /** Buildings (المباني، المنازل): blown up by an {@link #ARMY}, a demolition. */
  BUILDING,
  /** A regular army or its engineers (الجيش، الهندسة): the doer of a demolition. */
  ARMY,
  /** Masculine singular movement verbs (هرب، توجه): with no people in them, one man's trip or flight. */
  ONE_MOVER,
  /** The pronoun of one man (ه) after a movement noun (توجهه، هروبه): his trip, no evacuation. */
  HIS,
  /** Verbs of suffering (تعرض): the subject of one is what the attack it completes hit. */
  UNDERGO,
  /** Protests and protesters (مظاهرة، متظاهرين): a clash with them as a side has no armed party there. */
  PROTEST,
  /** Words of armed conflict (قوات، مسلحين): protesters described by one are armed. */
  CONFLICT
}
