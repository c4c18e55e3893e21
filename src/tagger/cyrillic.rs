//! Cyrillic read as Latin: every feature key reads a Cyrillic letter as its Serbian Latin
//! spelling (`Београд` -> `Beograd`, `љ` -> `lj`, `џ` -> `dž`).
//!
//! Serbian is written in both scripts, one letter for one letter, but UNER's Serbian training
//! text is all Latin: read as they are, Cyrillic words fire only the shape features, and the
//! Serbian model scored 46.57 on its dev set written in Cyrillic against 82.23 in Latin. Read this
//! way, a Cyrillic Serbian sentence gets exactly the keys of its Latin spelling. The letters of
//! the other Cyrillic alphabets (Russian, Ukrainian, Belarusian, Bulgarian, Macedonian) map to
//! the nearest Serbian Latin spelling (`я` -> `ja`, `щ` -> `šč`, `ы` -> `y`), so their names and
//! case endings meet the Slavic training text's (`Трампом` -> `Trampom`, `Москве` -> `Moskve`).
//! Only words written wholly in Cyrillic are read so ([`is_cyrillic_word`]). No training corpus of
//! a shipped model has such a word (two Slovak sentences have a Latin word with one Cyrillic
//! look-alike letter, read as it is), so the models read their training text exactly as before.

/// (lower case, upper case, Latin lower case, Latin capitalised), by Cyrillic lower case.
const LETTERS: &[(char, char, &str, &str)] = &[
    ('а', 'А', "a", "A"),
    ('б', 'Б', "b", "B"),
    ('в', 'В', "v", "V"),
    ('г', 'Г', "g", "G"),
    ('д', 'Д', "d", "D"),
    ('е', 'Е', "e", "E"),
    ('ж', 'Ж', "ž", "Ž"),
    ('з', 'З', "z", "Z"),
    ('и', 'И', "i", "I"),
    ('й', 'Й', "j", "J"),
    ('к', 'К', "k", "K"),
    ('л', 'Л', "l", "L"),
    ('м', 'М', "m", "M"),
    ('н', 'Н', "n", "N"),
    ('о', 'О', "o", "O"),
    ('п', 'П', "p", "P"),
    ('р', 'Р', "r", "R"),
    ('с', 'С', "s", "S"),
    ('т', 'Т', "t", "T"),
    ('у', 'У', "u", "U"),
    ('ф', 'Ф', "f", "F"),
    ('х', 'Х', "h", "H"),
    ('ц', 'Ц', "c", "C"),
    ('ч', 'Ч', "č", "Č"),
    ('ш', 'Ш', "š", "Š"),
    ('щ', 'Щ', "šč", "Šč"),
    ('ъ', 'Ъ', "", ""),
    ('ы', 'Ы', "y", "Y"),
    ('ь', 'Ь', "", ""),
    ('э', 'Э', "e", "E"),
    ('ю', 'Ю', "ju", "Ju"),
    ('я', 'Я', "ja", "Ja"),
    ('ѐ', 'Ѐ', "e", "E"),
    ('ё', 'Ё', "e", "E"),
    ('ђ', 'Ђ', "đ", "Đ"),
    ('ѓ', 'Ѓ', "đ", "Đ"),
    ('є', 'Є', "je", "Je"),
    ('ѕ', 'Ѕ', "dz", "Dz"),
    ('і', 'І', "i", "I"),
    ('ї', 'Ї', "ji", "Ji"),
    ('ј', 'Ј', "j", "J"),
    ('љ', 'Љ', "lj", "Lj"),
    ('њ', 'Њ', "nj", "Nj"),
    ('ћ', 'Ћ', "ć", "Ć"),
    ('ќ', 'Ќ', "ć", "Ć"),
    ('ѝ', 'Ѝ', "i", "I"),
    ('ў', 'Ў', "u", "U"),
    ('џ', 'Џ', "dž", "Dž"),
    ('ґ', 'Ґ', "g", "G"),
];

/// The Cyrillic block's letters, indexed by code point minus U+0400: their Latin spelling.
fn table() -> &'static [Option<&'static str>; 256] {
    static TABLE: std::sync::OnceLock<[Option<&'static str>; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [None; 256];
        for &(lower, upper, l, u) in LETTERS {
            for (c, spelling) in [(lower, l), (upper, u)] {
                if let Some(slot) = (c as usize).checked_sub(0x400).and_then(|i| t.get_mut(i)) {
                    *slot = Some(spelling);
                }
            }
        }
        t
    })
}

/// The Latin spelling of a Cyrillic letter (capitalised for a capital), or `None` for any
/// other character.
#[inline]
pub fn latin(c: char) -> Option<&'static str> {
    let i = (c as usize).checked_sub(0x400).filter(|&i| i < 256)?;
    table().get(i).copied().flatten()
}

/// Whether `word` is written in Cyrillic: it has letters and every one is a Cyrillic letter of
/// the table. Only such words are read as Latin. A Latin word with one Cyrillic look-alike letter
/// (`Padmа`, typed with a Cyrillic `а`, as in two sentences of UNER's Slovak training text) keeps
/// its letters: the shipped Slovak model was trained reading it so, and `train.sh` reproduces it.
pub fn is_cyrillic_word(word: &str) -> bool {
    if word.is_ascii() {
        return false;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| latin(c).is_some())
}

/// Calls `f` with each character of `c`'s Latin spelling, or with `c` itself when it is not
/// a Cyrillic letter in the table.
#[inline]
pub fn for_each_latin(c: char, mut f: impl FnMut(char)) {
    match latin(c) {
        Some(s) => s.chars().for_each(f),
        None => f(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spell(word: &str) -> String {
        let mut s = String::new();
        word.chars().for_each(|c| for_each_latin(c, |l| s.push(l)));
        s
    }

    #[test]
    fn serbian_cyrillic_is_its_latin_spelling() {
        for (cyr, lat) in [
            ("Београд", "Beograd"),
            ("Љубљана", "Ljubljana"),
            ("Вучић", "Vučić"),
            ("Џон", "Džon"),
            ("Ђоković", "Đoković"),
            ("њеном", "njenom"),
        ] {
            assert_eq!(spell(cyr), lat);
        }
    }

    #[test]
    fn other_alphabets_and_other_scripts() {
        assert_eq!(spell("Трампом"), "Trampom");
        assert_eq!(spell("Щёлково"), "Ščelkovo");
        assert_eq!(spell("Україна"), "Ukrajina");
        assert_eq!(spell("объявил"), "objavil");
        assert_eq!(spell("Paris 12 €"), "Paris 12 €");
        assert_eq!(spell("Αθήνα"), "Αθήνα");
    }

    #[test]
    fn only_words_wholly_in_cyrillic_are_cyrillic_words() {
        assert!(is_cyrillic_word("Београд"));
        assert!(is_cyrillic_word("«Спартак»-2"));
        assert!(!is_cyrillic_word("Padm\u{430}"));
        assert!(!is_cyrillic_word("Paris"));
        assert!(!is_cyrillic_word("2024"));
    }

    #[test]
    fn every_letter_has_both_cases() {
        for &(lower, upper, l, u) in LETTERS {
            assert_eq!(lower.to_uppercase().next(), Some(upper));
            assert_eq!(latin(lower), Some(l));
            assert_eq!(latin(upper), Some(u));
            assert_eq!(u.to_lowercase(), l);
        }
    }
}
