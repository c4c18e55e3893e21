//! Institutions named by a common noun and a place. French, Italian and Spanish write a ministry,
//! a court or a council in lower case inside a sentence (`le ministère de l'Économie`, `la cour
//! d'appel de Paris`, `il tribunale di Milano`, `el ayuntamiento de Marbella`), and Italian often
//! capitalises only the first word (`la Corte d'Appello di Venezia`). The capitalised words alone
//! read as a place or as nothing; with the noun before them they name an organisation, and the
//! span runs from the noun to the end of the name.
//!
//! Portuguese is left out: UNER's Portuguese gold tags the place alone (`Prefeitura de São Paulo`
//! has `São Paulo` as LOC) and writes its institutions capitalised. So are nouns for a place as
//! much as for its council (`comune`, `région`) and bare nouns shared with Portuguese
//! (`tribunal`).

use super::scan::Scan;
use super::token::Kind;

/// Nouns (one or more lower-case words, as the rule tokenizer splits them) for an institution,
/// written before the name of its place or its field.
const HEADS: &[&[&str]] = &[
    // French
    &["ministère"],
    &["cour", "d'appel"],
    &["cour", "administrative", "d'appel"],
    &["cour", "d'assises"],
    &["tribunal", "judiciaire"],
    &["tribunal", "administratif"],
    &["tribunal", "correctionnel"],
    &["tribunal", "de", "commerce"],
    &["tribunal", "de", "grande", "instance"],
    &["tribunal", "de", "première", "instance"],
    &["conseil", "de", "prud'hommes"],
    &["conseil", "régional"],
    &["conseil", "départemental"],
    &["chambre", "de", "commerce"],
    &["parquet"],
    &["préfecture"],
    &["mairie"],
    &["université"],
    // hospitals and regional bodies (`Centre hospitalier de Carhaix`, `CHU de Brest`, `Agence
    // régionale de santé de Bretagne`, `Chambre régionale des comptes d'Auvergne-Rhône-Alpes`)
    &["centre", "hospitalier"],
    &["centre", "hospitalier", "universitaire"],
    &["chu"],
    &["agence", "régionale", "de", "santé"],
    &["chambre", "régionale", "des", "comptes"],
    // Italian
    &["ministero"],
    &["corte", "d'appello"],
    &["corte", "d'assise"],
    &["tribunale"],
    &["procura"],
    &["prefettura"],
    &["questura"],
    &["università"],
    &["consiglio", "regionale"],
    &["ospedale"],
    &["azienda", "ospedaliera"],
    // Spanish
    &["ministerio"],
    &["audiencia", "provincial"],
    &["tribunal", "superior", "de", "justicia"],
    &["ayuntamiento"],
    &["fiscalía"],
    &["consejería"],
    &["diputación"],
    &["universidad"],
];

/// Lower-case words that join the noun to the name (`de la`, `di`, `dei`, `de los`); an elided
/// article (`l'`, `dell'`, `d'`) joins it too.
const JOINERS: &[&str] = &[
    "de", "du", "des", "la", "di", "del", "della", "dello", "dei", "degli", "delle", "los", "las",
];

/// The first token of an institution noun written before the capitalised name at `name`,
/// joined to it by one or two joining words (`ministère de l'Économie`, `cour d'appel de
/// Paris`); `None` when there is none. The noun's first word may be capitalised; its other
/// words must be in lower case, as must the joining words. A noun whose last word the tokenizer
/// split at its apostrophe because it is capitalised (`Corte d'` + `Appello di Venezia`) starts
/// the organisation too.
pub(crate) fn head_before(s: &Scan, name: usize) -> Option<usize> {
    let mut k = name.checked_sub(1)?;
    let mut joined = 0;
    while joined < 2 && k > s.a && joiner(s, k) {
        k -= 1;
        joined += 1;
    }
    if joined == 0 {
        return None;
    }
    let elided = name - 1;
    HEADS.iter().find_map(|head| {
        ends_at(s, head, k).or_else(|| {
            let (last, rest) = head.split_last()?;
            let split = s.kind(name) == Some(Kind::Word)
                && s.t
                    .lower(elided)
                    .chars()
                    .chain(s.t.lower(name).chars())
                    .map(straight)
                    .eq(last.chars());
            split
                .then(|| ends_at(s, rest, elided.checked_sub(1)?))
                .flatten()
        })
    })
}

/// The first token of `head` when its words end at token `last` (the first may be capitalised,
/// the others not).
fn ends_at(s: &Scan, head: &[&str], last: usize) -> Option<usize> {
    let first = (last + 1).checked_sub(head.len())?;
    let fits = !head.is_empty()
        && first >= s.a
        && head.iter().enumerate().all(|(n, word)| {
            let at = first + n;
            same_word(s, at, word) && (n == 0 || !s.cap(at))
        });
    fits.then_some(first)
}

/// Whether token `k` is a lower-case joining word or an elided article.
fn joiner(s: &Scan, k: usize) -> bool {
    if s.kind(k) != Some(Kind::Word) || s.cap(k) {
        return false;
    }
    let lower = s.t.lower(k);
    JOINERS.contains(&lower) || lower.ends_with(['\'', '\u{2019}'])
}

/// Whether word `k` is `word` (lower case), either apostrophe allowed.
fn same_word(s: &Scan, k: usize, word: &str) -> bool {
    s.kind(k) == Some(Kind::Word) && s.t.lower(k).chars().map(straight).eq(word.chars())
}

/// A typographic apostrophe as a straight one; any other character as it is.
fn straight(c: char) -> char {
    if c == '\u{2019}' {
        '\''
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::EntityLabel::{self, Loc, Misc, Org, Per};
    use crate::rules::tests::{check_labels, LangCase};
    use crate::rules::RuleTagger;

    #[test]
    fn a_lower_case_institution_noun_opens_the_organisation() {
        let cases: &[LangCase] = &[
            (
                "fr",
                "Le ministère de l'Économie a publié mardi un rapport.",
                &[("ministère de l'Économie", Org)],
            ),
            (
                "fr",
                "L'affaire sera jugée par la cour d\u{2019}appel de Paris au printemps.",
                &[("cour d\u{2019}appel de Paris", Org)],
            ),
            (
                "fr",
                "Le tribunal de commerce de Bordeaux a placé la société en redressement.",
                &[("tribunal de commerce de Bordeaux", Org)],
            ),
            (
                "fr",
                "Le Centre hospitalier de Carhaix ferme, selon l'Agence régionale de santé de \
                 Bretagne.",
                &[
                    ("Centre hospitalier de Carhaix", Org),
                    ("Agence régionale de santé de Bretagne", Org),
                ],
            ),
            (
                "it",
                "Il nuovo ospedale di Cremona apre lunedì.",
                &[("ospedale di Cremona", Org)],
            ),
            (
                "it",
                "La sentenza della Corte d\u{2019}Appello di Venezia è attesa per marzo.",
                &[("Corte d\u{2019}Appello di Venezia", Org)],
            ),
            (
                "it",
                "Il ministero dell'Economia ha confermato le stime.",
                &[("ministero dell'Economia", Org)],
            ),
            (
                "es",
                "Según el ayuntamiento de Marbella, la obra terminará en mayo.",
                &[("ayuntamiento de Marbella", Org)],
            ),
            // the place alone when nothing names an institution
            (
                "fr",
                "Il est arrivé de Paris hier soir avec sa famille.",
                &[("Paris", Loc)],
            ),
            // a bare noun shared with Portuguese is not read (UNER pt tags the place alone)
            (
                "fr",
                "Le tribunal de Paris a renvoyé le procès.",
                &[("Paris", Loc)],
            ),
        ];
        let names = |l: EntityLabel| matches!(l, Per | Org | Loc | Misc);
        check_labels(&RuleTagger::builtin(), cases, names);
    }
}
