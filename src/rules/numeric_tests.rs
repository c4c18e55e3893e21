//! Tests of `numeric.rs`.

use super::*;
use crate::rules::scan::scan_text;

/// The numeric scan's hits in `text` (one sentence), as (surface, label); `measures_tests.rs`
/// uses it too.
pub(crate) fn hits(text: &str) -> Vec<(String, EntityLabel)> {
    scan_text(text, |s| {
        let mut out = Vec::new();
        scan_numeric(s, |h| {
            out.push((s.hit_text(text, h).unwrap_or_default(), h.label))
        });
        out
    })
}

fn labels(text: &str, want: &[(&str, EntityLabel)]) {
    let got = hits(text);
    let want: Vec<(String, EntityLabel)> = want.iter().map(|&(s, l)| (s.to_string(), l)).collect();
    assert_eq!(got, want, "in {text:?}");
}

use EntityLabel::{Cardinal as C, Date as D, Money as M, Percent as P};

#[test]
fn english_numbers() {
    labels(
        "In 2024, 3,347 individuals -- a 14.1 percent increase",
        &[("2024", D), ("3,347", C), ("14.1 percent", P)],
    );
    labels(
        "nearly 6 million pieces, more than 57,000 arrests, over 74,000",
        &[
            ("nearly 6 million", C),
            ("more than 57,000", C),
            ("over 74,000", C),
        ],
    );
    labels(
        "from 2005 to 2021, in 1990 - 1995, 2000 to 2010 people, 1200 to 1800",
        &[
            ("2005 to 2021", D),
            ("1990 - 1995", D),
            ("2000 to 2010", C),
            ("1200 to 1800", C),
        ],
    );
    labels(
        "Among those aged 14 to 16, the three institutions. Five offenses",
        &[("14 to 16", D), ("three", C), ("Five", C)],
    );
    labels(
        "12 %, 12%, 7.3 per cent, 2 percentage points",
        &[
            ("12 %", P),
            ("12%", P),
            ("7.3 per cent", P),
            ("2 percentage points", P),
        ],
    );
    labels(
        "up 7.3 percent from 2023.",
        &[("7.3 percent", P), ("2023", D)],
    );
}

#[test]
fn money() {
    labels(
        "$5 million, €3.2bn, US$12, ¥300 and 5 million yuan",
        &[
            ("$5 million", M),
            ("€3.2bn", M),
            ("US$12", M),
            ("¥300", M),
            ("5 million yuan", M),
        ],
    );
    labels(
        "about $40, RMB 300, 20 US dollars, 12 €",
        &[
            ("about $40", M),
            ("RMB 300", M),
            ("20 US dollars", M),
            ("12 €", M),
        ],
    );
    labels("300万元 and 50美元", &[("300万元", M), ("50美元", M)]);
    labels(
        "売上は5億円、費用は300萬元、資産は45兆円",
        &[("5億円", M), ("300萬元", M), ("45兆円", M)],
    );
    labels(
        "Rs 300 crore, Rs. 5 lakh and 2 crore rupees",
        &[
            ("Rs 300 crore", M),
            ("Rs. 5 lakh", M),
            ("2 crore rupees", M),
        ],
    );
    labels(
        "R$ 10 bilhões, 3 miliardi di euro, 2,5 millones de euros, 2 millions d'euros",
        &[
            ("R$ 10 bilhões", M),
            ("3 miliardi di euro", M),
            ("2,5 millones de euros", M),
            ("2 millions d'euros", M),
        ],
    );
    // Russian, Polish, Slovak, Croatian and Danish magnitudes and currencies
    labels(
        "1,5 трлн рублей, 300 миллиардов долларов, 3,5 mld zł, 2 miliardy eur, 5 milijuna eura, 2 milliarder kroner",
        &[
            ("1,5 трлн рублей", M),
            ("300 миллиардов долларов", M),
            ("3,5 mld zł", M),
            ("2 miliardy eur", M),
            ("5 milijuna eura", M),
            ("2 milliarder kroner", M),
        ],
    );
    // the championship is no currency; the currency stays one, capitalised or not
    labels(
        "six Euro ties, 4 Euro 2024 matches, 10 Euro each, 5 euros",
        &[
            ("six", C),
            ("4", C),
            ("2024", C),
            ("10 Euro", M),
            ("5 euros", M),
        ],
    );
}

#[test]
fn other_languages_and_skips() {
    labels(
        "12 Prozent, 12 por ciento, 5 pour cent",
        &[("12 Prozent", P), ("12 por ciento", P), ("5 pour cent", P)],
    );
    labels("共3347人，增长14.1%", &[("3347人", C), ("14.1%", P)]);
    // the scan reaches the Portuguese weekdays (the word before `-feira` was skipped as one that
    // starts nothing, so the DATE rule that finds them never ran)
    labels(
        "Lula disse na quinta-feira que sim, e na segunda-feira",
        &[("quinta-feira", D), ("segunda-feira", D)],
    );
    labels(
        "sur les 12 derniers mois, el pasado mes de mayo",
        &[("12 derniers mois", D), ("pasado mes de mayo", D)],
    );
    labels(
        "cresceu no segundo trimestre de 2024 e no dritten Quartal",
        &[("segundo trimestre de 2024", D), ("dritten Quartal", D)],
    );
    // Ukrainian and Turkish amounts; a percent sign or `yüzde` before the number (Turkish), but
    // not a `%` glued to a word (an escaped address)
    labels(
        "5 млрд гривень, 12 грн., 9,7 відсотка, 5 milyar dolar, 3 milyar TL, %48,6, yüzde 2, a%20b",
        &[
            ("5 млрд гривень", M),
            ("12 грн.", M),
            ("9,7 відсотка", P),
            ("5 milyar dolar", M),
            ("3 milyar TL", M),
            ("%48,6", P),
            ("yüzde 2", P),
        ],
    );
    // Greek
    labels(
        "θα επενδύσει 2 δισ. ευρώ, 5 δισεκατομμυρίων ευρώ και 300 εκατομμύρια δολάρια, 3,1 τοις εκατό",
        &[
            ("2 δισ. ευρώ", M),
            ("5 δισεκατομμυρίων ευρώ", M),
            ("300 εκατομμύρια δολάρια", M),
            ("3,1 τοις εκατό", P),
        ],
    );
    // Indonesian and Vietnamese
    labels(
        "inflasi 2,8 persen, Rp 15 triliun, Rp15 juta; GDP 2 tỷ USD",
        &[
            ("2,8 persen", P),
            ("Rp 15 triliun", M),
            ("Rp15 juta", M),
            ("2 tỷ USD", M),
        ],
    );
    // Nordic `mia. kr.`, Norwegian and Finnish percents, Finnish magnitudes and currency
    labels(
        "et salg på 290 mia. kr. i 2025; 4,0 prosent; 1,6 prosenttia; 500 miljoonaa euroa; Mia 3",
        &[
            ("290 mia. kr.", M),
            ("2025", D),
            ("4,0 prosent", P),
            ("1,6 prosenttia", P),
            ("500 miljoonaa euroa", M),
            ("3", C),
        ],
    );
    // Polish `proc.` keeps its period; percentage points and Slavic percent words
    labels(
        "wyniosła 4,9 proc. a stopy o 0,25 punktu procentowego, 2,8 procenta, 4,5 posto, 3 por cento",
        &[
            ("4,9 proc.", P),
            ("0,25 punktu procentowego", P),
            ("2,8 procenta", P),
            ("4,5 posto", P),
            ("3 por cento", P),
        ],
    );
    // a Russian year takes the word for "year" after it; an abbreviated currency its period
    labels(
        "в 2025 г. выделят 4,5 млрд руб. а в 1991 году",
        &[("2025 г.", D), ("4,5 млрд руб.", M), ("1991 году", D)],
    );
    // codes are skipped; clock times, ranks and measures are `measures.rs`'s
    labels(
        "G20 at 10:30, COVID-19, the 17th, 5km",
        &[
            ("10:30", EntityLabel::Time),
            ("17th", EntityLabel::Ordinal),
            ("5km", EntityLabel::Quantity),
        ],
    );
    labels(
        "Alibaba (9988.HK) and Toyota (7203.T) fell 4.5%.",
        &[("4.5%", P)],
    );
    // a model number after a product line counts nothing; a lower-case `model 3` is a count
    labels(
        "the iPhone 16, Windows 11, a Falcon 9, Apollo 11 and a Boeing 737 with 150 seats; model 3",
        &[("150", C), ("3", C)],
    );
    labels(
        "three years ago, a 16-year-old, the 1990s",
        &[("three years ago", D), ("16-year-old", D), ("the 1990s", D)],
    );
    labels("2000 people came in 2000 cars", &[("2000", C), ("2000", D)]);
}

#[test]
fn fiscal_quarters_and_nights() {
    labels(
        "The Q3 report, Q4 2024 results and Q1 FY25 guidance; we stayed 3 nights",
        &[("Q3", D), ("Q4 2024", D), ("Q1 FY25", D), ("3 nights", D)],
    );
    // codes are no quarters
    labels("Flight Q3X, form Q3-7", &[("7", C)]);
}

#[test]
fn house_numbers_and_area_codes_count_nothing() {
    labels(
        "at 1600 Pennsylvania Avenue NW, 221 Baker Street and 12 Oak St. in 1600",
        &[("1600", D)],
    );
    labels(
        "Call (650) 253-0000 or (312) 555.0199; the (350) units and 3 Supreme Court justices",
        &[("350", C), ("3", C)],
    );
}

#[test]
fn entities_right_after_inert_punctuation_and_signs_that_start_one() {
    labels(
        "Sales (up 5%) hit “$20 million”—in 2019, «3 percent»; “'90s”.",
        &[("5%", P), ("$20 million", M), ("2019", D), ("3 percent", P)],
    );
    labels("Faiz oranı %50 arttı.", &[("%50", P)]);
    for token in [",", ".", "(", "“", "—", "，", "」", "…"] {
        assert!(inert_punctuation(token), "{token}");
    }
    for token in ["$", "£", "€", "%", "'", "’", "#", "+", ",,", ""] {
        assert!(!inert_punctuation(token), "{token}");
    }
}
