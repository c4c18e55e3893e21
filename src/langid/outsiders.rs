//! Cheap signs that Latin or Cyrillic text may be in a language our n-gram model lacks.
//!
//! whatlang is only asked to overrule the n-gram model with a language the model does not know
//! (Italian, Dutch, Polish, Norwegian...), and one whatlang call costs about as much as scoring a
//! few kilobytes with the n-gram model: it compares every candidate language's whole profile.
//! Text that shows no sign of such a language keeps the model's answer without the call. A sign
//! is a letter the model's language does not use (ł, ő, ı, ř, ș, ї...: counted by the model) or a
//! frequent function word of an outside language that the model's languages do not use (Italian
//! `della`, Dutch `het`, Bokmål `etter`...). The lists are hand-written from grammar facts, not
//! drawn from any corpus. A false sign only costs the whatlang call that was always made before.

use super::markers;
use super::ngram::KeyHasher;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Close outside neighbours of model languages, whose marker words live in `markers`: they are
/// looked for only when the model chose the language next door (Bokmål words in what the model
/// calls Danish), since some are ordinary words elsewhere (Slovene `in`, `so`).
fn neighbour_of(model_lang: &str) -> Option<&'static str> {
    Some(match model_lang {
        "da" | "sv" => "nb",
        "hr" | "sr" => "sl",
        "sk" => "cs",
        "es" | "pt" => "ca",
        "ru" => "bg",
        _ => return None,
    })
}

/// Frequent function words of other languages whatlang knows in Latin script. Words that are
/// also frequent in a model language (en de fr es pt da sv hr sr sk ru) are left out.
const WORDS: &[(&str, &[&str])] = &[
    (
        "it",
        &[
            "della", "delle", "nuovo", "nuova", "tutti", "ogni", "degli", "dello", "gli", "che",
            "sono", "nel", "nella", "nei", "questo", "questa", "anche", "perché", "più", "molto",
            "essere", "stato", "dalla", "sul", "sulla", "dopo", "ancora", "abbiamo", "hanno",
            "loro", "fatto",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "zijn", "niet", "ook", "naar", "maar", "worden", "wordt", "deze", "bij",
            "uit", "zich", "geen", "heeft", "hebben", "veel", "kunnen", "tegen", "voor", "werd",
            "zou",
        ],
    ),
    (
        "pl",
        &[
            "się", "jest", "oraz", "przez", "który", "która", "które", "także", "już", "dla",
            "tylko", "został", "może", "być", "jego", "tego",
        ],
    ),
    (
        "ro",
        &[
            "pentru", "sau", "fost", "acest", "această", "sunt", "și", "în",
        ],
    ),
    (
        "hu",
        &["és", "az", "hogy", "egy", "csak", "már", "még", "azt"],
    ),
    (
        "fi",
        &[
            "ei", "että", "oli", "kuin", "mutta", "myös", "ovat", "hän", "tämä", "joka", "kanssa",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "için", "ile", "olarak", "olan", "daha", "çok", "gibi", "kadar",
            "sonra",
        ],
    ),
    ("et", &["oli", "kui", "aga", "ning", "seda"]),
    (
        "id",
        &[
            "yang", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
            "juga", "oleh", "mereka", "sudah", "bisa", "karena",
        ],
    ),
    ("tl", &["ang", "ng", "mga", "ay", "siya", "ito", "naman"]),
    (
        "af",
        &["het", "wat", "sy", "hy", "maar", "vir", "deur", "ook"],
    ),
    (
        "la",
        &["quod", "sunt", "enim", "autem", "atque", "quae", "sed"],
    ),
    (
        "eo",
        &["kaj", "ke", "kiu", "kun", "ankaŭ", "ĉi", "sed", "tiu"],
    ),
    (
        "jv",
        &[
            "lan", "ing", "iku", "ora", "karo", "kanggo", "wis", "uga", "kang",
        ],
    ),
    (
        "zu",
        &[
            "ukuthi", "futhi", "ngoba", "kodwa", "kanye", "noma", "lapho",
        ],
    ),
    ("sn", &["uye", "kuti", "iyi", "izvi", "zvakare", "vanhu"]),
    ("lt", &["yra", "buvo", "nuo", "taip", "kaip", "jis"]),
    ("lv", &["kas", "arī", "kā", "bija"]),
    (
        "az",
        &["və", "bir", "bu", "üçün", "ilə", "olan", "daha", "çox"],
    ),
];

/// Average log-probability per n-gram below which the model's chosen language fits the text
/// poorly. Measured on the synthetic news documents of `scripts/bench.sh`: documents in the
/// model's languages average -5.5 to -5.9, but 14% of the English ones fall below -6.0 (English
/// has the fewest training sentences) and pay a whatlang call; sentences in Finnish, Turkish,
/// Estonian, Lithuanian, Hungarian, Indonesian or Czech read as the closest model language
/// average -6.0 to -6.8, and a threshold of -6.15 (or -6.2 for English) already loses some.
const POOR_FIT: f64 = -6.0;

/// Whether the model's choice fits poorly: `(sum of log-probabilities, n-grams)`.
pub(crate) fn fits_poorly((sum, grams): (f64, usize)) -> bool {
    grams == 0 || sum / (grams as f64) < POOR_FIT
}

/// Every outside marker word of `WORDS`.
fn outside_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WORDS.iter().flat_map(|(_, w)| w.iter()).copied().collect())
}

/// Marker words, hashed with a cheap hash (the words are ours, not attacker-controlled).
type WordSet = HashSet<&'static str, BuildHasherDefault<KeyHasher>>;

/// Longest marker word in bytes: longer words are skipped unread.
const MAX_MARKER_BYTES: usize = 24;

/// Letters that a close outside neighbour uses far more than the model language: Bulgarian
/// writes `ъ` inside many words (`центъра`), Russian only in a few (`объявил`).
fn neighbour_letters(model_lang: &str) -> &'static [char] {
    match model_lang {
        "ru" => &['ъ'],
        _ => &[],
    }
}

/// Whether `text`, which the n-gram model reads as `model_lang`, holds a frequent function word
/// of a language the model lacks (or a letter typical of the close neighbour).
pub(crate) fn has_outside_word(text: &str, model_lang: &str) -> bool {
    let letters = neighbour_letters(model_lang);
    if !letters.is_empty() && text.contains(letters) {
        return true;
    }
    let set = outside_words();
    let neighbour = neighbour_of(model_lang).map_or(&[][..], markers::list);
    let is_marker = |w: &str| set.contains(w) || neighbour.contains(&w);
    let mut lower = String::new();
    let mut ascii = [0u8; MAX_MARKER_BYTES];
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && w.len() <= MAX_MARKER_BYTES)
        .any(|w| {
            if w.is_ascii() {
                let buf = &mut ascii[..w.len()];
                buf.copy_from_slice(w.as_bytes());
                buf.make_ascii_lowercase();
                return std::str::from_utf8(buf).is_ok_and(is_marker);
            }
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            is_marker(&lower)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outside_languages_show_signs() {
        for (text, model) in [
            (
                "Secondo il ministero, le denunce sono aumentate del 12 per cento.",
                "es",
            ),
            (
                "De regering heeft maandag een nieuw plan gepresenteerd.",
                "de",
            ),
            ("I morgen skal vi kjøpe noe mat etter jobb.", "da"),
            (
                "Vláda, která jednala podle zákona, je také zodpovědná.",
                "sk",
            ),
            (
                "Pemerintah akan membangun jalan baru untuk warga desa.",
                "en",
            ),
            ("Els nens juguen amb la pilota al parc.", "es"),
        ] {
            assert!(has_outside_word(text, model), "{text}");
        }
    }

    #[test]
    fn no_marker_is_longer_than_the_words_read() {
        let all = WORDS.iter().flat_map(|(_, w)| w.iter());
        let neighbours = ["nb", "sl", "cs", "ca", "bg"].map(markers::list);
        for w in all.chain(neighbours.iter().flat_map(|l| l.iter())) {
            assert!(w.len() <= MAX_MARKER_BYTES, "{w}");
            assert_eq!(w.to_lowercase(), *w, "markers are lower case");
        }
    }

    #[test]
    fn model_languages_show_none() {
        for (text, model) in [
            (
                "The government presented a new plan on Monday to protect minors online.",
                "en",
            ),
            (
                "Die Regierung hat am Montag neue Regeln für den Schutz von Kindern vorgestellt.",
                "de",
            ),
            (
                "Le gouvernement a présenté lundi un nouveau plan pour protéger les mineurs.",
                "fr",
            ),
            (
                "El Gobierno presentó el lunes un nuevo plan para proteger a los menores.",
                "es",
            ),
            (
                "O governo apresentou na segunda-feira um novo plano para proteger os menores.",
                "pt",
            ),
            (
                "Regeringen lagde i dag en ny plan frem for at beskytte børn på nettet.",
                "da",
            ),
            (
                "Regeringen presenterade på måndagen en ny plan för att skydda barn på nätet.",
                "sv",
            ),
            (
                "Vlada je u ponedjeljak predstavila novi plan zaštite djece na internetu.",
                "hr",
            ),
            (
                "Vláda v pondelok predstavila nový plán na ochranu detí na internete.",
                "sk",
            ),
            (
                "В понедельник правительство представило новый план защиты детей.",
                "ru",
            ),
        ] {
            assert!(!has_outside_word(text, model), "{text}");
        }
        assert!(
            !has_outside_word("In Ljubljana so we met.", "en"),
            "Slovene markers count only next to Croatian"
        );
        assert!(has_outside_word(
            "Vlada je tudi zelo zaskrbljena, ker",
            "hr"
        ));
    }
}
