//! Language codes: the one table that maps whatlang's languages to the codes we write
//! (ISO 639-1 where one exists, else ISO 639-3), and the parser for codes given in configs.
//!
//! Keeping a single table means the detector, the config parser and the evaluation all agree on
//! spelling (`cmn` becomes `zh`, `pes` becomes `fa`, `nob` becomes `nb`).

use whatlang::Lang;

/// Every whatlang language with the code we write for it and its ISO 639-3 code.
/// Order follows whatlang's own listing; the test checks it covers `Lang::all()`.
const TABLE: &[(Lang, &str, &str)] = &[
    (Lang::Epo, "eo", "epo"),
    (Lang::Eng, "en", "eng"),
    (Lang::Rus, "ru", "rus"),
    (Lang::Cmn, "zh", "cmn"),
    (Lang::Spa, "es", "spa"),
    (Lang::Por, "pt", "por"),
    (Lang::Ita, "it", "ita"),
    (Lang::Ben, "bn", "ben"),
    (Lang::Fra, "fr", "fra"),
    (Lang::Deu, "de", "deu"),
    (Lang::Ukr, "uk", "ukr"),
    (Lang::Kat, "ka", "kat"),
    (Lang::Ara, "ar", "ara"),
    (Lang::Hin, "hi", "hin"),
    (Lang::Jpn, "ja", "jpn"),
    (Lang::Heb, "he", "heb"),
    (Lang::Yid, "yi", "yid"),
    (Lang::Pol, "pl", "pol"),
    (Lang::Amh, "am", "amh"),
    (Lang::Jav, "jv", "jav"),
    (Lang::Kor, "ko", "kor"),
    (Lang::Nob, "nb", "nob"),
    (Lang::Dan, "da", "dan"),
    (Lang::Swe, "sv", "swe"),
    (Lang::Fin, "fi", "fin"),
    (Lang::Tur, "tr", "tur"),
    (Lang::Nld, "nl", "nld"),
    (Lang::Hun, "hu", "hun"),
    (Lang::Ces, "cs", "ces"),
    (Lang::Ell, "el", "ell"),
    (Lang::Bul, "bg", "bul"),
    (Lang::Bel, "be", "bel"),
    (Lang::Mar, "mr", "mar"),
    (Lang::Kan, "kn", "kan"),
    (Lang::Ron, "ro", "ron"),
    (Lang::Slv, "sl", "slv"),
    (Lang::Hrv, "hr", "hrv"),
    (Lang::Srp, "sr", "srp"),
    (Lang::Mkd, "mk", "mkd"),
    (Lang::Lit, "lt", "lit"),
    (Lang::Lav, "lv", "lav"),
    (Lang::Est, "et", "est"),
    (Lang::Tam, "ta", "tam"),
    (Lang::Vie, "vi", "vie"),
    (Lang::Urd, "ur", "urd"),
    (Lang::Tha, "th", "tha"),
    (Lang::Guj, "gu", "guj"),
    (Lang::Uzb, "uz", "uzb"),
    (Lang::Pan, "pa", "pan"),
    (Lang::Aze, "az", "aze"),
    (Lang::Ind, "id", "ind"),
    (Lang::Tel, "te", "tel"),
    (Lang::Pes, "fa", "pes"),
    (Lang::Mal, "ml", "mal"),
    (Lang::Ori, "or", "ori"),
    (Lang::Mya, "my", "mya"),
    (Lang::Nep, "ne", "nep"),
    (Lang::Sin, "si", "sin"),
    (Lang::Khm, "km", "khm"),
    (Lang::Tuk, "tk", "tuk"),
    (Lang::Aka, "ak", "aka"),
    (Lang::Zul, "zu", "zul"),
    (Lang::Sna, "sn", "sna"),
    (Lang::Afr, "af", "afr"),
    (Lang::Lat, "la", "lat"),
    (Lang::Slk, "sk", "slk"),
    (Lang::Cat, "ca", "cat"),
    (Lang::Tgl, "tl", "tgl"),
    (Lang::Hye, "hy", "hye"),
];

/// Extra ISO 639-3 spellings (macrolanguage and individual codes) accepted in configs.
const ALIASES: &[(&str, Lang)] = &[
    ("zho", Lang::Cmn),
    ("chi", Lang::Cmn),
    ("fas", Lang::Pes),
    ("per", Lang::Pes),
    ("nor", Lang::Nob),
    ("no", Lang::Nob),
    ("ger", Lang::Deu),
    ("fre", Lang::Fra),
    ("dut", Lang::Nld),
    ("cze", Lang::Ces),
    ("slo", Lang::Slk),
    ("gre", Lang::Ell),
    ("rum", Lang::Ron),
    ("arm", Lang::Hye),
    ("geo", Lang::Kat),
    ("bur", Lang::Mya),
    ("fil", Lang::Tgl),
    ("iw", Lang::Heb),
    ("in", Lang::Ind),
    ("ji", Lang::Yid),
];

/// The code we write for a whatlang language: ISO 639-1 where one exists, else ISO 639-3.
pub fn iso639_1_or_3(lang: Lang) -> &'static str {
    TABLE
        .iter()
        .find(|(l, _, _)| *l == lang)
        .map(|(_, code, _)| *code)
        .unwrap_or_else(|| lang.code())
}

/// The ISO 639-3 code of a whatlang language (`cmn` for Chinese, as whatlang spells it).
pub fn iso639_3(lang: Lang) -> &'static str {
    TABLE
        .iter()
        .find(|(l, _, _)| *l == lang)
        .map(|(_, _, code)| *code)
        .unwrap_or_else(|| lang.code())
}

/// Parses a code given by a user (ISO 639-1, ISO 639-3 or a common alias, any case) into a
/// whatlang language. Returns `None` for codes we do not know.
pub fn parse(code: &str) -> Option<Lang> {
    let c = code.trim().to_ascii_lowercase();
    let base = c.split(['-', '_']).next().unwrap_or("");
    TABLE
        .iter()
        .find(|(_, one, three)| *one == base || *three == base)
        .map(|(l, _, _)| *l)
        .or_else(|| ALIASES.iter().find(|(a, _)| *a == base).map(|(_, l)| *l))
}

/// Normalises a user-given code to the code we write (`"cmn"` -> `"zh"`, `"EN"` -> `"en"`).
pub fn normalize(code: &str) -> Option<&'static str> {
    parse(code).map(iso639_1_or_3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_covers_every_whatlang_language_once() {
        for lang in Lang::all() {
            let n = TABLE.iter().filter(|(l, _, _)| l == lang).count();
            assert_eq!(n, 1, "{lang:?} appears {n} times");
            assert_eq!(iso639_3(*lang), lang.code(), "639-3 column for {lang:?}");
        }
        assert_eq!(TABLE.len(), Lang::all().len());
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen: Vec<&str> = TABLE.iter().map(|(_, c, _)| *c).collect();
        seen.sort_unstable();
        let before = seen.len();
        seen.dedup();
        assert_eq!(before, seen.len(), "duplicate output code");
        for (_, one, three) in TABLE {
            assert!(one.len() == 2 || one.len() == 3, "{one}");
            assert!(one.chars().all(|c| c.is_ascii_lowercase()), "{one}");
            assert_eq!(three.len(), 3, "{three}");
        }
    }

    #[test]
    fn known_mappings() {
        assert_eq!(iso639_1_or_3(Lang::Cmn), "zh");
        assert_eq!(iso639_1_or_3(Lang::Pes), "fa");
        assert_eq!(iso639_1_or_3(Lang::Nob), "nb");
        assert_eq!(iso639_1_or_3(Lang::Eng), "en");
        assert_eq!(iso639_1_or_3(Lang::Srp), "sr");
    }

    #[test]
    fn parse_accepts_both_code_lengths_and_aliases() {
        assert_eq!(parse("zh"), Some(Lang::Cmn));
        assert_eq!(parse("cmn"), Some(Lang::Cmn));
        assert_eq!(parse("zho"), Some(Lang::Cmn));
        assert_eq!(parse("zh-Hant"), Some(Lang::Cmn));
        assert_eq!(parse(" EN "), Some(Lang::Eng));
        assert_eq!(parse("eng"), Some(Lang::Eng));
        assert_eq!(parse("no"), Some(Lang::Nob));
        assert_eq!(parse("xx"), None);
        assert_eq!(parse(""), None);
        assert_eq!(normalize("deu"), Some("de"));
    }
}
