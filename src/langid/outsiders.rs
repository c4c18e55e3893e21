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
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;
use whatlang::Lang;

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

/// Outside languages whatlang knows, by the code our lists use: bit `i` of a `Suspects` mask
/// stands for `OUTSIDE[i]`.
const OUTSIDE: &[(&str, Lang)] = &[
    ("it", Lang::Ita),
    ("nl", Lang::Nld),
    ("pl", Lang::Pol),
    ("ro", Lang::Ron),
    ("hu", Lang::Hun),
    ("fi", Lang::Fin),
    ("tr", Lang::Tur),
    ("et", Lang::Est),
    ("id", Lang::Ind),
    ("tl", Lang::Tgl),
    ("af", Lang::Afr),
    ("la", Lang::Lat),
    ("eo", Lang::Epo),
    ("jv", Lang::Jav),
    ("zu", Lang::Zul),
    ("sn", Lang::Sna),
    ("lt", Lang::Lit),
    ("lv", Lang::Lav),
    ("az", Lang::Aze),
    ("nb", Lang::Nob),
    ("sl", Lang::Slv),
    ("cs", Lang::Ces),
    ("ca", Lang::Cat),
    ("bg", Lang::Bul),
    ("vi", Lang::Vie),
    ("uz", Lang::Uzb),
    ("tk", Lang::Tuk),
    ("ak", Lang::Aka),
];

/// Letters beyond ASCII that each outside language writes (from its alphabet). A text with
/// such a letter makes the language a suspect. Languages written in plain ASCII letters
/// (Indonesian, Tagalog, Latin, Zulu, Shona) are only suspected by their function words.
const LETTERS: &[(&str, &str)] = &[
    ("it", "àèéìíòóùú"),
    ("nl", "éèëïöüêáó"),
    ("pl", "ąćęłńóśźż"),
    ("ro", "ăâîșțşţ"),
    ("hu", "áéíóöőúüű"),
    ("fi", "äöåšž"),
    ("tr", "çğıöşüâîû"),
    ("et", "äöõüšž"),
    ("af", "êëîïôûéèáó"),
    ("eo", "ĉĝĥĵŝŭ"),
    ("jv", "éèê"),
    ("lt", "ąčęėįšųūž"),
    ("lv", "āčēģīķļņšūž"),
    ("az", "çəğıöşü"),
    ("nb", "æøåéèêóòô"),
    ("sl", "čšžćđ"),
    ("cs", "áčďéěíňóřšťúůýž"),
    ("ca", "àçèéíïòóúü"),
    ("bg", "ъ"),
    (
        "vi",
        "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
    ),
    ("uz", "ʻ"),
    ("tk", "äçňöşüýž"),
    ("ak", "ɛɔ"),
];

/// A set of outside languages (bits index `OUTSIDE`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Suspects(u32);

impl Suspects {
    fn of(code: &str) -> Suspects {
        Suspects(
            OUTSIDE
                .iter()
                .position(|(c, _)| *c == code)
                .map_or(0, |i| 1 << i),
        )
    }
    /// Whether no outside language is suspected.
    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// whatlang's languages of the set.
    pub(crate) fn langs(self) -> impl Iterator<Item = Lang> {
        OUTSIDE
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, (_, l))| *l)
    }
}

/// Every outside marker word of `WORDS`, with the languages it marks.
fn outside_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = WordSet::default();
        for (code, words) in WORDS {
            for w in *words {
                set.entry(w.as_bytes()).or_default().0 |= Suspects::of(code).0;
            }
        }
        set
    })
}

/// Each letter of `LETTERS`, with the languages that write it.
fn outside_letters() -> &'static HashMap<char, Suspects> {
    static MAP: OnceLock<HashMap<char, Suspects>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<char, Suspects> = HashMap::new();
        for (code, letters) in LETTERS {
            for c in letters.chars() {
                map.entry(c).or_default().0 |= Suspects::of(code).0;
            }
        }
        map
    })
}

/// Marker words, hashed with a cheap hash (the words are ours, not attacker-controlled).
type WordSet = HashMap<&'static [u8], Suspects, BuildHasherDefault<KeyHasher>>;

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

/// What `text`, which the n-gram model reads as `model_lang`, shows of languages the model
/// lacks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Signs {
    /// A frequent function word of an outside language, or a letter typical of the close
    /// neighbour: a reason to ask whatlang.
    pub(crate) marker: bool,
    /// The outside languages that the marker words and the letters beyond ASCII point to:
    /// whatlang need not weigh the others (empty: no clue, weigh them all).
    pub(crate) suspects: Suspects,
}

/// Reads `text` (read by the model as `model_lang`) for signs of an outside language.
pub(crate) fn signs(text: &str, model_lang: &str) -> Signs {
    let mut out = Signs::default();
    let letters = neighbour_letters(model_lang);
    if !letters.is_empty() && text.contains(letters) {
        out.marker = true;
    }
    let words = outside_words();
    let letter_map = outside_letters();
    let neighbour_code = neighbour_of(model_lang);
    let neighbour = neighbour_code.map_or(&[][..], markers::list);
    let neighbour_bit = neighbour_code.map_or(Suspects::default(), Suspects::of);
    let look_up = |out: &mut Signs, w: &[u8]| {
        if let Some(s) = words.get(w) {
            out.marker = true;
            out.suspects.0 |= s.0;
        }
        if neighbour.iter().any(|m| m.as_bytes() == w) {
            out.marker = true;
            out.suspects.0 |= neighbour_bit.0;
        }
    };
    let mut lower = String::new();
    let mut ascii = [0u8; MAX_MARKER_BYTES];
    for_each_word(text, |w| {
        if w.is_ascii() {
            if w.len() <= MAX_MARKER_BYTES {
                let buf = &mut ascii[..w.len()];
                buf.copy_from_slice(w.as_bytes());
                buf.make_ascii_lowercase();
                look_up(&mut out, buf);
            }
            return;
        }
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        for c in lower.chars().filter(|c| !c.is_ascii()) {
            if let Some(s) = letter_map.get(&c) {
                out.suspects.0 |= s.0;
            }
        }
        if lower.len() <= MAX_MARKER_BYTES {
            look_up(&mut out, lower.as_bytes());
        }
    });
    out
}

/// Calls `f` with each word of `text`: each maximal run of alphabetic chars, as
/// `text.split(|c: char| !c.is_alphabetic())` gives them, but reading ASCII a byte at a time.
fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (alphabetic, len) = if b.is_ascii() {
            (b.is_ascii_alphabetic(), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_alphabetic(), c.len_utf8()),
                None => (false, 1),
            }
        };
        match (alphabetic, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                f(text.get(s..i).unwrap_or(""));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        f(text.get(s..).unwrap_or(""));
    }
}

/// Whether `text`, which the n-gram model reads as `model_lang`, holds a frequent function word
/// of a language the model lacks (or a letter typical of the close neighbour).
#[cfg(test)]
pub(crate) fn has_outside_word(text: &str, model_lang: &str) -> bool {
    signs(text, model_lang).marker
}

#[cfg(test)]
#[path = "outsiders_tests.rs"]
mod tests;
