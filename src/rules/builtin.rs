//! The gazetteers shipped in the binary and how each is used: in which sentences' languages it
//! is matched, which entity models read it as a feature, and whether its label outranks the
//! trained tagger's.

/// The gazetteers shipped with the crate: (name, TSV text).
pub(crate) const BUILTIN: &[(&str, &str)] = &[
    (
        "countries",
        include_str!("../../pipelines/gazetteers/countries.tsv"),
    ),
    (
        "nationalities",
        include_str!("../../pipelines/gazetteers/nationalities.tsv"),
    ),
    (
        "places",
        include_str!("../../pipelines/gazetteers/places.tsv"),
    ),
    (
        "organizations",
        include_str!("../../pipelines/gazetteers/organizations.tsv"),
    ),
    ("misc", include_str!("../../pipelines/gazetteers/misc.tsv")),
    (
        "news_names",
        include_str!("../../pipelines/gazetteers/news_names.tsv"),
    ),
    (
        "slovak",
        include_str!("../../pipelines/gazetteers/slovak.tsv"),
    ),
    (
        "slovak_names",
        include_str!("../../pipelines/gazetteers/slovak_names.tsv"),
    ),
    (
        "cldr_zh",
        include_str!("../../pipelines/gazetteers/cldr_zh.tsv"),
    ),
    (
        "cldr_sk",
        include_str!("../../pipelines/gazetteers/cldr_sk.tsv"),
    ),
    (
        "german",
        include_str!("../../pipelines/gazetteers/german.tsv"),
    ),
    (
        "german_places",
        include_str!("../../pipelines/gazetteers/german_places.tsv"),
    ),
    (
        "places_fr",
        include_str!("../../pipelines/gazetteers/places_fr.tsv"),
    ),
    (
        "places_es",
        include_str!("../../pipelines/gazetteers/places_es.tsv"),
    ),
    (
        "places_it",
        include_str!("../../pipelines/gazetteers/places_it.tsv"),
    ),
    (
        "places_nl",
        include_str!("../../pipelines/gazetteers/places_nl.tsv"),
    ),
    (
        "dutch",
        include_str!("../../pipelines/gazetteers/dutch.tsv"),
    ),
    (
        "cldr_nl",
        include_str!("../../pipelines/gazetteers/cldr_nl.tsv"),
    ),
    (
        "cldr_bg",
        include_str!("../../pipelines/gazetteers/cldr_bg.tsv"),
    ),
    (
        "cldr_mk",
        include_str!("../../pipelines/gazetteers/cldr_mk.tsv"),
    ),
    (
        "russian",
        include_str!("../../pipelines/gazetteers/russian.tsv"),
    ),
    (
        "japanese",
        include_str!("../../pipelines/gazetteers/japanese.tsv"),
    ),
    (
        "cldr_de",
        include_str!("../../pipelines/gazetteers/cldr_de.tsv"),
    ),
    (
        "cldr_fr",
        include_str!("../../pipelines/gazetteers/cldr_fr.tsv"),
    ),
    (
        "cldr_es",
        include_str!("../../pipelines/gazetteers/cldr_es.tsv"),
    ),
    (
        "cldr_it",
        include_str!("../../pipelines/gazetteers/cldr_it.tsv"),
    ),
    (
        "cldr_ru",
        include_str!("../../pipelines/gazetteers/cldr_ru.tsv"),
    ),
    (
        "cldr_ja",
        include_str!("../../pipelines/gazetteers/cldr_ja.tsv"),
    ),
    (
        "cldr_ko",
        include_str!("../../pipelines/gazetteers/cldr_ko.tsv"),
    ),
    (
        "cldr_pl",
        include_str!("../../pipelines/gazetteers/cldr_pl.tsv"),
    ),
    (
        "cldr_cs",
        include_str!("../../pipelines/gazetteers/cldr_cs.tsv"),
    ),
    (
        "cldr_uk",
        include_str!("../../pipelines/gazetteers/cldr_uk.tsv"),
    ),
    (
        "korean",
        include_str!("../../pipelines/gazetteers/korean.tsv"),
    ),
    (
        "chinese",
        include_str!("../../pipelines/gazetteers/chinese.tsv"),
    ),
    (
        "companies",
        include_str!("../../pipelines/gazetteers/companies.tsv"),
    ),
    (
        "people",
        include_str!("../../pipelines/gazetteers/people.tsv"),
    ),
    (
        "places_ar",
        include_str!("../../pipelines/gazetteers/places_ar.tsv"),
    ),
    (
        "places_hi",
        include_str!("../../pipelines/gazetteers/places_hi.tsv"),
    ),
    (
        "places_el",
        include_str!("../../pipelines/gazetteers/places_el.tsv"),
    ),
    (
        "places_vi",
        include_str!("../../pipelines/gazetteers/places_vi.tsv"),
    ),
    (
        "places_he",
        include_str!("../../pipelines/gazetteers/places_he.tsv"),
    ),
    (
        "places_tr",
        include_str!("../../pipelines/gazetteers/places_tr.tsv"),
    ),
    (
        "institutions_ar_hi",
        include_str!("../../pipelines/gazetteers/institutions_ar_hi.tsv"),
    ),
];

/// Built-in lists that apply to every language and that no model reads, held in one index shared by
/// all languages, built on first use, instead of a copy in each language's index (see `scoped.rs`):
/// the 1,245 clubs of `clubs.tsv` in every language's copy took 20-30 MB more at `--preload`.
pub(crate) const SHARED: &[(&str, &str)] = &[(
    "clubs",
    include_str!("../../pipelines/gazetteers/clubs.tsv"),
)];

/// Built-in lists matched only in sentences of these languages (the others apply everywhere).
pub(crate) const BUILTIN_LANGUAGES: &[(&str, &[&str])] = &[
    ("slovak", &["sk", "cs"]),
    ("slovak_names", &["sk", "cs"]),
    ("cldr_zh", &["zh"]),
    ("chinese", &["zh"]),
    ("cldr_sk", &["sk", "cs"]),
    ("cldr_de", &["de", "lb"]),
    ("german", &["de", "lb"]),
    ("german_places", &["de", "lb"]),
    ("cldr_fr", &["fr"]),
    ("cldr_es", &["es"]),
    ("cldr_it", &["it"]),
    ("cldr_ru", &["ru"]),
    ("cldr_ja", &["ja"]),
    ("japanese", &["ja"]),
    ("cldr_ko", &["ko"]),
    ("cldr_pl", &["pl"]),
    ("cldr_cs", &["cs"]),
    ("cldr_uk", &["uk"]),
    ("korean", &["ko"]),
    ("russian", &["ru", "uk", "be"]),
    ("places_fr", &["fr"]),
    ("places_es", &["es"]),
    ("places_it", &["it"]),
    ("places_nl", &["nl"]),
    ("dutch", &["nl"]),
    ("cldr_nl", &["nl"]),
    ("cldr_bg", &["bg"]),
    ("cldr_mk", &["mk"]),
    ("places_ar", &["ar", "fa", "ur"]),
    ("places_hi", &["hi", "mr", "ne"]),
    ("places_el", &["el"]),
    ("places_vi", &["vi"]),
    ("institutions_ar_hi", &["ar", "fa", "ur", "hi", "mr", "ne"]),
    ("places_tr", &["tr"]),
    ("places_he", &["he", "iw"]),
];

/// Built-in lists that the entity models read as name-list features when they tag but not when
/// they train. Names added to a list that every model reads change what `annotate train` sees, so
/// `pipelines/models/train.sh` would no longer reproduce the shipped models; a list feature is a
/// class ("a listed organisation"), which carries over to names added after training. So names for
/// the models that come after they were trained go on such a list (`.ci/gates` retrains the Swedish
/// model and checks that it is byte-identical to the shipped one).
pub(crate) const BUILTIN_NOT_TRAINED: &[&str] = &["news_names"];

/// Built-in lists that only the entity models of these languages read as name-list features (the
/// others: every model). Adding names to a list read by every model changes what the other models
/// see, so lists written for one language's model are kept to it.
pub(crate) const BUILTIN_MODEL_LANGUAGES: &[(&str, &[&str])] = &[
    ("slovak_names", &["sk"]),
    ("companies", &[]),
    ("people", &[]),
    ("cldr_zh", &[]),
    ("chinese", &[]),
    ("cldr_sk", &[]),
    ("cldr_de", &[]),
    ("german", &[]),
    ("german_places", &[]),
    ("cldr_fr", &[]),
    ("cldr_es", &[]),
    ("cldr_it", &[]),
    ("cldr_ru", &[]),
    ("cldr_ja", &[]),
    ("japanese", &[]),
    ("cldr_ko", &[]),
    ("cldr_pl", &[]),
    ("cldr_cs", &[]),
    ("cldr_uk", &[]),
    ("korean", &[]),
    ("russian", &[]),
    ("places_fr", &[]),
    ("places_es", &[]),
    ("places_it", &[]),
    ("places_nl", &[]),
    ("dutch", &[]),
    ("cldr_nl", &[]),
    ("cldr_bg", &[]),
    ("cldr_mk", &[]),
    ("places_ar", &[]),
    ("places_hi", &[]),
    ("places_el", &[]),
    ("places_vi", &[]),
    ("institutions_ar_hi", &[]),
    ("places_tr", &[]),
    ("places_he", &[]),
];

/// Built-in lists whose label outranks the trained tagger's on the very same span: CLDR's names of
/// countries and big cities are places whatever the context (the Slovak model called `Grónsko` and
/// `Kostarika` persons, having seen few foreign places in training). So are the well-known
/// organisations of `chinese.tsv` (the Chinese model called `台积电` a person) and the companies of
/// `companies.tsv` (the English model called `Deloitte` and `Marriott` persons) and the public figures
/// of `people.tsv` (it called `Obama` a place).
pub(crate) const BUILTIN_OUTRANKING: &[&str] =
    &["cldr_zh", "chinese", "cldr_sk", "companies", "people"];

/// The place names (label LOC) of the built-in lists that `keep` accepts by name, trimmed.
pub(crate) fn place_names(keep: impl Fn(&str) -> bool) -> impl Iterator<Item = &'static str> {
    BUILTIN
        .iter()
        .filter(move |(list, _)| keep(list))
        .flat_map(|(_, content)| content.lines())
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (name, label) = line.split_once('\t')?;
            (label.trim() == "LOC").then(|| name.trim())
        })
}

/// Whether `phrase`, in any case, is a place on a shipped gazetteer of any language (`ROMA`,
/// `DEN HAAG`), for the datelines of `doc.rs`. The set is built on first use.
fn is_place_of_any_language(phrase: &str) -> bool {
    static PLACES: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    PLACES
        .get_or_init(|| place_names(|_| true).map(str::to_lowercase).collect())
        .contains(&phrase.to_lowercase())
}

/// Whether `phrase`, in any case, is a place or town on a shipped gazetteer of any language or on
/// the lists the English or the multilingual model reads (`ROMA`, `DEN HAAG`, `Kłodzko`).
pub(crate) fn is_listed_place(phrase: &str) -> bool {
    is_place_of_any_language(phrase) || crate::tagger::names::is_listed_place(phrase)
}
