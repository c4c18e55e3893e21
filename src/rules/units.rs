//! What leads or follows a number phrase and decides its label: currency symbols and codes before it
//! (MONEY), percent words and signs, currency words, Han units and date units after it; plus vague
//! amounts without digits ("hundreds of", "two-thirds").

use super::lexicon::{CURRENCY, CURRENCY_CODE, DATE_UNIT, MAGNITUDE, NUMWORD, PERCENT};
use super::numeric::phrase;
use super::scan::{Hit, Scan};
use super::token::Kind;
use crate::annotation::EntityLabel;

/// Currencies written after an elided `d'` in French (`2 millions d'euros`).
const ELIDED_CURRENCIES: &[&str] = &[
    "euros", "euro", "dollars", "dollar", "yuans", "yens", "roubles",
];
const SYMBOLS: &[&str] = &["$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₪", "฿", "￥"];
const HAN_CLASSIFIER: &[&str] = &["人", "名", "个", "家", "件", "起", "位", "次", "只"];
/// Currency and percent words written abbreviated, with a period (`руб.`, `долл.`, Polish `proc.`,
/// Nordic `kr.`, Bulgarian `лв.`).
const ABBREVIATED_UNITS: &[&str] = &["руб", "долл", "proc", "kr", "грн", "лв"];

/// 1 when the unit word at `j` is an abbreviation written with its period glued to it (which
/// then belongs to the entity: `4,5 млрд руб.`, `4,9 proc.`), else 0.
fn abbreviation_period(s: &Scan, j: usize) -> usize {
    usize::from(s.word_in(j, ABBREVIATED_UNITS) && s.glued_period(j + 1))
}
const HAN_CURRENCY: &[&str] = &["元", "美元", "欧元", "日元", "英镑", "港元", "韩元", "卢布"];
/// Japanese currency words, in katakana, after the amount (`80億ドル`, `5000万ユーロ`).
const KATAKANA_CURRENCIES: &[&str] = &["ドル", "ユーロ", "ウォン", "ポンド", "ルーブル", "ルピー"];

/// Two-word percents and percentage points (Spanish, French, Italian, Portuguese, Polish, Czech,
/// Slovak, Greek, Arabic).
const PERCENT_PAIRS: &[(&str, &str)] = &[
    ("per", "cent"),
    ("por", "ciento"),
    ("pour", "cent"),
    ("per", "cento"),
    ("por", "cento"),
    ("puntos", "porcentuales"),
    ("punto", "porcentual"),
    ("punti", "percentuali"),
    ("punto", "percentuale"),
    ("pontos", "percentuais"),
    ("ponto", "percentual"),
    ("punktu", "procentowego"),
    ("punkty", "procentowe"),
    ("punktów", "procentowych"),
    ("procentního", "bodu"),
    ("procentní", "body"),
    ("procentních", "bodů"),
    ("percentuálneho", "bodu"),
    ("percentuálne", "body"),
    ("percentuálnych", "bodov"),
    ("τοις", "εκατό"),
    ("في", "المئة"),
    ("في", "المائة"),
];
const PLURAL_AMOUNTS: &[&str] = &[
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
    "tens",
];
const FRACTIONS: &[&str] = &[
    "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
];

/// An ISO currency code at `j`, written in capitals (`CHF`, `USD`; `usd` in a word is none).
fn currency_code(s: &Scan, j: usize) -> bool {
    s.has(j, CURRENCY_CODE) && s.upper(j)
}

/// A currency named by a word at `j`: a currency word (`euros`, `kronor`) or a code.
pub(crate) fn currency_word(s: &Scan, j: usize) -> bool {
    s.has(j, CURRENCY) || currency_code(s, j)
}

/// The rupee's `Rs` and the rupiah's `Rp` at `j`, written in title case before the amount (`Rs.
/// 500`, `Rp 15`, glued as `Rs15`).
pub(crate) fn title_case_currency(s: &Scan, j: usize) -> bool {
    matches!(s.t.s(j), "Rs" | "Rp")
}

/// Index after a currency lead at `j` (`$`, `US$`, `HK$`, `RMB`), if there is one.
fn currency_lead(s: &Scan, j: usize) -> Option<usize> {
    if s.upper(j) && s.t.s(j).len() <= 3 && s.punct_in(j + 1, &["$"]) && s.attached(j + 1) {
        return Some(j + 2); // US$, HK$
    }
    if s.punct_in(j, SYMBOLS) || currency_code(s, j) {
        return Some(j + 1);
    }
    // `Rs` and `Rs.`, `Rp`
    if title_case_currency(s, j) {
        let dot = s.glued_period(j + 1);
        return Some(j + 1 + usize::from(dot));
    }
    None
}

/// `$5 million`, `US$12`, `€3.2bn`, `RMB 300`, `C$ 0.28 to C$ 96.89`, optionally after a quantifier
/// ending at `q` (the hit starts at `i`).
pub(crate) fn money_prefix(s: &Scan, i: usize, q: usize) -> Option<Hit> {
    let n = currency_lead(s, q)?;
    if !s.is_num(n) {
        return None;
    }
    let (mut e, _) = phrase(s, n)?;
    if s.word_in(e, &["to"]) || s.punct_in(e, &["-", "–"]) {
        let k = currency_lead(s, e + 1).unwrap_or(e + 1);
        if s.is_num(k) {
            if let Some((e2, _)) = phrase(s, k) {
                e = e2;
            }
        }
    }
    Some(Hit {
        start: i,
        end: e,
        label: EntityLabel::Money,
    })
}

/// A percent written before its number, as Turkish does: `%48,6`, `yüzde 48,6`. A `%` glued to
/// the word before it is part of something else (`a%20b` in an address).
pub(crate) fn percent_prefix(s: &Scan, i: usize) -> Option<Hit> {
    let sign = s.punct_in(i, &["%", "％"]) && !s.attached(i) && s.attached(i + 1);
    if !(sign || s.word_in(i, &["yüzde"])) || !s.is_num(i + 1) {
        return None;
    }
    let (end, _) = phrase(s, i + 1)?;
    Some(Hit {
        start: i,
        end,
        label: EntityLabel::Percent,
    })
}

/// Words after a capitalised `Euro` that make it the European football championship, not the
/// currency (`six Euro ties`, `two Euro qualifiers`).
const EURO_CONTESTS: &[&str] = &[
    "tie",
    "ties",
    "qualifier",
    "qualifiers",
    "qualifying",
    "qualification",
    "match",
    "matches",
    "game",
    "games",
    "fixture",
    "fixtures",
    "final",
    "finals",
    "semi-final",
    "semi-finals",
    "quarter-final",
    "quarter-finals",
    "campaign",
    "campaigns",
    "championship",
    "championships",
    "squad",
    "squads",
    "title",
    "titles",
    "group",
    "groups",
    "clash",
    "clashes",
    "goals",
];

/// True when the word at `j` is `Euro` (capitalised, singular) naming the championship: before a
/// contest word or a year (`Euro 2024`).
fn euro_championship(s: &Scan, j: usize) -> bool {
    s.t.s(j) == "Euro"
        && (s.word_in(j + 1, EURO_CONTESTS)
            || s.int(j + 1).is_some_and(|y| (1960..=2100).contains(&y)))
}

/// The label a unit after a number phrase ending at `j` gives, and the new end.
pub(crate) fn suffix(s: &Scan, j: usize) -> Option<(usize, EntityLabel)> {
    use EntityLabel::{Cardinal, Date, Money, Percent};
    if s.punct_in(j, &["%", "％"]) {
        return Some((j + 1, Percent));
    }
    if s.has(j, PERCENT) {
        if s.word_in(j, &["percentage"]) {
            return s
                .word_in(j + 1, &["point", "points"])
                .then_some((j + 2, Percent));
        }
        return Some((j + 1 + abbreviation_period(s, j), Percent));
    }
    if PERCENT_PAIRS
        .iter()
        .any(|&(a, b)| s.word_in(j, &[a]) && s.word_in(j + 1, &[b]))
    {
        return Some((j + 2, Percent));
    }
    if euro_championship(s, j) {
        return None;
    }
    if currency_word(s, j) || s.punct_in(j, SYMBOLS) {
        // `510,258 pounds sterling`
        let sterling = s.word_in(j, &["pounds", "pound"]) && s.word_in(j + 1, &["sterling"]);
        return Some((
            j + 1 + usize::from(sterling) + abbreviation_period(s, j),
            Money,
        ));
    }
    // "2,5 millones de euros", "3 miliardi di euro", "2 millions d'euros"
    if j > 0 && s.has(j - 1, MAGNITUDE) {
        if s.word_in(j, &["de", "di", "of"]) && s.has(j + 1, CURRENCY) {
            return Some((j + 2, Money));
        }
        let elided = s.t.lower(j);
        let currency = elided
            .strip_prefix("d'")
            .or_else(|| elided.strip_prefix("d\u{2019}"));
        if currency.is_some_and(|c| ELIDED_CURRENCIES.contains(&c)) {
            return Some((j + 1, Money));
        }
    }
    // "21.8 million French francs", "20 US dollars", "5 Hong Kong dollars"
    for k in [j + 1, j + 2] {
        if s.has(k, CURRENCY) && (j..k).all(|x| s.cap(x) || s.word_in(x, &["u.s."])) {
            return Some((k + 1, Money));
        }
    }
    if s.attached(j) && s.kind(j) == Some(Kind::Han) {
        // 元 (yuan), 円 (yen, Japanese)
        if s.han_in(j, &["元", "円"]) {
            return Some((j + 1, Money));
        }
        let pair_is = |list: &[&str]| {
            s.attached(j + 1)
                && list
                    .iter()
                    .any(|w| *w == format!("{}{}", s.t.s(j), s.t.s(j + 1)))
        };
        if pair_is(HAN_CURRENCY) {
            return Some((j + 2, Money));
        }
        if s.han_in(j, HAN_CLASSIFIER) {
            return Some((j + 1, Cardinal));
        }
        // tenths: Japanese `3割`, Chinese `三成` (not `成为`, "become", nor `成立`, `成功`)
        let tenths = s.han_in(j, &["割"])
            || (s.han_in(j, &["成"])
                && !(s.attached(j + 1) && s.han_in(j + 1, super::cjk::NOT_TENTHS)));
        if tenths {
            return Some((j + 1, Percent));
        }
    }
    // Japanese currencies in katakana after the amount (`80億ドル`)
    if let Some(end) = super::cjk::han_any(s, j, KATAKANA_CURRENCIES) {
        return Some((end, Money));
    }
    if s.has(j, DATE_UNIT)
        && !s.attached(j)
        && !s.word_in(j, &["fall", "spring", "summer", "winter", "autumn"])
    {
        // Russian and Ukrainian "ago" (`два года назад`, `5 років тому`; not `тому що`, "because")
        let ago = s.word_in(j + 1, &["ago", "old", "later", "earlier", "назад", "тому"])
            && !s.word_in(j + 2, &["що"]);
        return Some((if ago { j + 2 } else { j + 1 }, Date));
    }
    // "16-year-old"
    if s.punct_in(j, &["-"]) && s.attached(j) && s.attached(j + 1) && s.has(j + 1, DATE_UNIT) {
        let old = s.punct_in(j + 2, &["-"]) && s.attached(j + 2) && s.word_in(j + 3, &["old"]);
        return Some((if old { j + 4 } else { j + 2 }, Date));
    }
    None
}

/// "hundreds of", "tens of thousands of", "about a third of", "two-thirds": CARDINAL without digits.
pub(crate) fn vague(s: &Scan, i: usize, q: usize) -> Option<Hit> {
    let hit = |end| {
        Some(Hit {
            start: i,
            end,
            label: EntityLabel::Cardinal,
        })
    };
    if s.word_in(q, PLURAL_AMOUNTS) && s.word_in(q + 1, &["of"]) {
        if s.word_in(q + 2, PLURAL_AMOUNTS) && s.word_in(q + 3, &["of"]) {
            return hit(q + 3);
        }
        return hit(q + 1);
    }
    let count = s.word_in(q, &["a", "one"]) || s.has(q, NUMWORD);
    if count
        && s.punct_in(q + 1, &["-"])
        && s.attached(q + 1)
        && s.attached(q + 2)
        && s.word_in(q + 2, FRACTIONS)
    {
        return hit(q + 3);
    }
    if count
        && s.word_in(q + 1, FRACTIONS)
        && s.word_in(q + 2, &["of"])
        && (q > i || !s.word_in(q, &["a"]))
    {
        return hit(q + 2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scan::scan_text;

    #[test]
    fn money_leads_and_ranges() {
        assert_eq!(
            scan_text("C$ 0.28 to C$ 96.89 now", |s| money_prefix(s, 0, 0)
                .map(|h| h.end)),
            Some(7)
        );
        assert_eq!(
            scan_text("$ 418 - $ 380", |s| money_prefix(s, 0, 0).map(|h| h.end)),
            Some(5)
        );
        assert_eq!(
            scan_text("US$12", |s| money_prefix(s, 0, 0).map(|h| h.end)),
            Some(3)
        );
        assert_eq!(scan_text("USA 12", |s| money_prefix(s, 0, 0)), None);
    }

    #[test]
    fn suffixes() {
        assert_eq!(
            scan_text("x 21.8 million French francs", |s| suffix(s, 3)),
            Some((5, EntityLabel::Money))
        );
        assert_eq!(
            scan_text("x 5 cents", |s| suffix(s, 2)),
            Some((3, EntityLabel::Money))
        );
        assert_eq!(
            scan_text("x 3 years old", |s| suffix(s, 2)),
            Some((4, EntityLabel::Date))
        );
        assert_eq!(scan_text("x 3 Big Ben", |s| suffix(s, 2)), None);
    }

    #[test]
    fn vague_amounts() {
        assert_eq!(
            scan_text("hundreds of people", |s| vague(s, 0, 0).map(|h| h.end)),
            Some(1)
        );
        assert_eq!(
            scan_text("tens of thousands of people", |s| vague(s, 0, 0)
                .map(|h| h.end)),
            Some(3)
        );
        assert_eq!(
            scan_text("two-thirds of voters", |s| vague(s, 0, 0).map(|h| h.end)),
            Some(3)
        );
        assert_eq!(
            scan_text("about a third of them", |s| vague(s, 0, 1)
                .map(|h| (h.start, h.end))),
            Some((0, 3))
        );
        assert_eq!(scan_text("a third party", |s| vague(s, 0, 0)), None);
    }
}
