//! The hand-written lists behind `outsiders`: function words and letters of the languages whatlang
//! knows in Latin script and our n-gram model lacks. Written from grammar and alphabet facts, not
//! drawn from any corpus.

use whatlang::Lang;

/// Frequent function words of other languages whatlang knows in Latin script. Words that are
/// also frequent in a model language (en de fr es pt da sv hr sr sk ru) are left out.
pub(super) const WORDS: &[(&str, &[&str])] = &[
    (
        "it",
        &[
            "della", "delle", "nuovo", "nuova", "tutti", "ogni", "degli", "dello", "gli", "che",
            "sono", "nel", "nella", "nei", "questo", "questa", "anche", "perché", "più", "molto",
            "essere", "stato", "dalla", "sul", "sulla", "dopo", "ancora", "abbiamo", "hanno",
            "loro", "fatto", "di", "dei",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "zijn", "niet", "ook", "naar", "maar", "worden", "wordt", "deze", "bij",
            "uit", "zich", "geen", "heeft", "hebben", "veel", "kunnen", "tegen", "voor", "werd",
            "zou", "van", "dat",
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
            "juga", "oleh", "mereka", "sudah", "bisa", "karena", "di",
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

/// Outside languages whatlang knows, by the code our lists use: bit `i` of a `Suspects` mask
/// stands for `OUTSIDE[i]`.
pub(super) const OUTSIDE: &[(&str, Lang)] = &[
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
pub(super) const LETTERS: &[(&str, &str)] = &[
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
