//! Marker words for close language pairs where whatlang and our n-gram model can disagree and one
//! side of the pair has no training text here (Norwegian Bokmål/Danish, Slovene/Croatian-Serbian,
//! Czech/Slovak, Catalan/Spanish-Portuguese, Bulgarian/Russian). Each list holds frequent function
//! words of that language that its neighbour spells differently (Bokmål `av`, `etter`, `meg`
//! against Danish `af`, `efter`, `mig`). Hand-written from grammar facts, not from any corpus.

/// Frequent words that mark a language against its close neighbours.
const MARKERS: &[(&str, &[&str])] = &[
    (
        "nb",
        &[
            "av",
            "ble",
            "etter",
            "mellom",
            "gjennom",
            "noe",
            "mye",
            "hva",
            "enn",
            "meg",
            "deg",
            "seg",
            "hennes",
            "henne",
            "kveld",
            "uke",
            "sier",
            "hadde",
            "vært",
            "fikk",
            "gikk",
            "regjeringen",
            "jobb",
            "penger",
            "spørsmål",
            "kjøpe",
            "nå",
            "fram",
        ],
    ),
    (
        "da",
        &[
            "af",
            "blev",
            "efter",
            "mellem",
            "gennem",
            "noget",
            "hvad",
            "end",
            "mig",
            "dig",
            "sig",
            "hendes",
            "hende",
            "aften",
            "uge",
            "siger",
            "havde",
            "været",
            "fik",
            "gik",
            "regeringen",
            "job",
            "penge",
            "spørgsmål",
            "købe",
            "nu",
            "frem",
        ],
    ),
    (
        "sl",
        &[
            "in", "ki", "tudi", "zelo", "lahko", "ker", "kot", "vendar", "zaradi", "še", "kar",
            "bo", "bodo", "so", "sta", "kje", "če", "kaj", "vse", "vsi", "med", "katere", "kateri",
        ],
    ),
    (
        "hr",
        &[
            "i", "su", "što", "šta", "ako", "sve", "svi", "će", "također", "takođe", "između",
            "među", "gdje", "gde", "koji", "koja", "koje", "kao", "jer", "vrlo", "još", "može",
            "zbog",
        ],
    ),
    (
        "cs",
        &[
            "jsem", "jsi", "jsme", "jste", "jsou", "být", "také", "který", "která", "které",
            "kteří", "jako", "pro", "mezi", "podle", "již", "jen", "nebo", "když", "jejich",
            "proto", "protože", "tedy",
        ],
    ),
    (
        "sk",
        &[
            "som", "sme", "sú", "byť", "tiež", "aj", "ktorý", "ktorá", "ktoré", "ktorí", "ako",
            "pre", "medzi", "podľa", "už", "len", "alebo", "keď", "ich", "preto", "pretože",
            "teda", "ešte",
        ],
    ),
    (
        "ca",
        &[
            "els", "amb", "és", "més", "també", "aquest", "aquesta", "aquests", "però", "perquè",
            "molt", "molts", "seva", "seu", "seus", "dels", "pel", "pels", "fins", "mateix", "hi",
            "ho",
        ],
    ),
    (
        "es",
        &[
            "los", "con", "más", "también", "este", "esta", "pero", "porque", "muy", "su", "sus",
            "hasta", "mismo", "y", "lo", "le", "por",
        ],
    ),
    (
        "pt",
        &[
            "não", "com", "uma", "mais", "também", "muito", "sua", "até", "mesmo", "e", "os", "do",
            "da", "na", "ao", "pelo", "pela",
        ],
    ),
    (
        "bg",
        &[
            "е",
            "са",
            "това",
            "които",
            "който",
            "която",
            "което",
            "към",
            "във",
            "със",
            "ще",
            "още",
            "беше",
            "тя",
            "има",
            "няма",
            "бъде",
            "съм",
            "сме",
            "през",
            "след",
            "тази",
            "този",
            "тези",
            "както",
            "когато",
            "обаче",
            "вече",
            "трябва",
        ],
    ),
    (
        "ru",
        &[
            "это",
            "который",
            "которые",
            "которая",
            "когда",
            "уже",
            "был",
            "была",
            "были",
            "его",
            "что",
            "чтобы",
            "он",
            "она",
            "они",
            "также",
            "только",
            "ещё",
            "еще",
            "для",
            "год",
            "года",
            "после",
            "через",
            "мы",
            "вы",
            "нет",
            "быть",
            "будет",
        ],
    ),
];

/// The marker list used for a code (Serbian shares the Croatian one).
pub(crate) fn list(code: &str) -> &'static [&'static str] {
    let code = if code == "sr" { "hr" } else { code };
    MARKERS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[], |(_, l)| l)
}

/// Counts the words of `text` (lowercased) that are markers of `a` and of `b`.
pub fn count_pair(text: &str, a: &str, b: &str) -> (usize, usize) {
    let (la, lb) = (list(a), list(b));
    let (mut na, mut nb) = (0, 0);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = word.to_lowercase();
        na += usize::from(la.contains(&w.as_str()));
        nb += usize::from(lb.contains(&w.as_str()));
    }
    (na, nb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_of_a_pair_do_not_overlap() {
        for (a, b) in [
            ("nb", "da"),
            ("sl", "hr"),
            ("cs", "sk"),
            ("ca", "es"),
            ("ca", "pt"),
            ("bg", "ru"),
        ] {
            for w in list(a) {
                assert!(!list(b).contains(w), "{w} marks both {a} and {b}");
            }
        }
        assert!(list("xx").is_empty());
        assert_eq!(list("sr"), list("hr"));
    }

    #[test]
    fn counts_markers_of_each_side() {
        let nb = "I morgen skal vi kjøpe noe mat etter jobb, og hun ble glad.";
        assert_eq!(count_pair(nb, "nb", "da"), (5, 0));
        let da = "I morgen skal vi købe noget mad efter arbejde, og hun blev glad.";
        assert_eq!(count_pair(da, "nb", "da"), (0, 4));
        let cs = "Vláda, která jednala podle zákona, je také zodpovědná.";
        let (c, s) = count_pair(cs, "cs", "sk");
        assert!(c > s, "{c} {s}");
        assert_eq!(count_pair("", "nb", "da"), (0, 0));
    }
}
