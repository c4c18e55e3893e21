//! Labels for capitalised runs of Cyrillic words, which no model reads. Russian writes only proper
//! names (and the first word of a sentence) with a capital, so a capitalised word inside a sentence
//! is a name; what kind of name its form often says: a surname ending (`Петров`, `Ивановой`,
//! `Шевченко`, `Пашинян`, `Саакашвили`) makes a person, a place preposition before it (`в`,
//! `из`) a place, and a word for an organisation before a quoted name (`компания «Газпром»`) an
//! organisation. Runs that neither cue labels stay untagged, as in the other languages.

use super::scan::Scan;
use super::token::Kind;
use crate::annotation::EntityLabel;

/// Surname endings of one word on its own, in all cases (`-ов`, `-ев` and `-ёв` surnames, with
/// the Ukrainian instrumental `-овим`/`-евим`; Ukrainian `-енко`, Georgian `-швили` and `-дзе`,
/// Armenian `-ян` (not its locative `-яне`, the ending of `Поляне` and `крестьяне`),
/// `-ович`/`-евич` surnames).
#[rustfmt::skip]
const SURNAME_ENDINGS: &[&str] = &[
    "ов", "ова", "ову", "овым", "ове", "овой", "овых", "овы", "ев", "ева", "еву", "евым", "еве",
    "евой", "ёв", "ёва", "ёву", "ёвым", "енко", "швили", "дзе", "ян", "яна", "яну", "яном",
    "ович", "овича", "овичу", "овичем", "овиче", "евич", "евича", "евичу", "евичем", "евиче",
    "овим", "евим",
];
/// The `-ский`/`-цкий` forms: a surname after a given name (`Фёдор Достоевский`), but alone as
/// often an adjective (`Московский`).
#[rustfmt::skip]
const SKIY_ENDINGS: &[&str] = &[
    "ский", "ская", "ского", "скому", "ским", "ском", "ской", "скую", "цкий", "цкая", "цкого",
    "цкому", "цким",
];
/// More endings that make a person only as the last word of two or more (`Анна Каренина`): alone
/// they are as often a town (`Пекин`). The `-ский` forms count too.
#[rustfmt::skip]
const IN_ENDINGS: &[&str] = &[
    "ин", "ина", "ину", "иным", "ине", "иной", "ын", "ына", "ыну",
];
/// Endings of adjectives (`Сокальском`, `Национальный`, `Советской`), with the `-ский` forms.
#[rustfmt::skip]
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ское", "ских", "ный", "ная", "ное", "ного", "ному", "ным", "ном", "ной", "ную", "ных",
    "ые", "ий", "ая", "ое",
];
/// Words for organisations, in their common case forms, that Russian writes before a quoted name.
#[rustfmt::skip]
const ORGANISATION_NOUNS: &[&str] = &[
    "компания", "компании", "компанию", "компанией", "клуб", "клуба", "клубу", "клубом", "клубе",
    "банк", "банка", "банку", "банком", "банке", "газета", "газеты", "газете", "газету", "партия",
    "партии", "партию", "фонд", "фонда", "фонду", "завод", "завода", "заводе", "холдинг",
    "холдинга", "концерн", "концерна", "издательство", "издательства", "телеканал", "телеканала",
    "агентство", "агентства", "группа", "группы", "корпорация", "корпорации", "фирма", "фирмы",
    "театр", "театра", "театре", "журнал", "журнала", "журнале", "радиостанция", "радиостанции",
    "движение", "движения", "общество", "общества", "организация", "организации", "ансамбль",
];
/// Russian words for a region, in every case, that follow the capitalised adjective naming it
/// (`Московской области`, `в Краснодарском крае`, `Сокальском районе`).
#[rustfmt::skip]
const REGION_NOUNS: &[&str] = &[
    "область", "области", "областью", "областей", "областям", "областях", "край", "края", "краю",
    "краем", "крае", "район", "района", "району", "районом", "районе", "округ", "округа", "округу",
    "округом", "округе", "губерния", "губернии", "губернию", "губернией", "уезд", "уезда", "уезду",
    "уездом", "уезде",
];
/// Oblique case forms of Russian role nouns (the nominative ones are `ROLE` words of the lexicon,
/// which the cues of every language read: after `президента` or `министра` a capitalised word is
/// more often the genitive of a place or an institution than a name, `министра Континентального
/// Конгресса`). `после` ("after") is left out.
#[rustfmt::skip]
const OBLIQUE_ROLES: &[&str] = &[
    "президента", "президенту", "президентом", "президенте", "министра", "министру", "министром",
    "министре", "мэра", "мэру", "мэром", "губернатора", "губернатору", "губернатором",
    "председателя", "председателю", "председателем", "председателе", "канцлера", "канцлеру",
    "канцлером", "госсекретарь", "госсекретаря", "госсекретарю", "госсекретарём", "госсекретарем",
    "генсек", "генсека", "генсеку", "генсеком", "посла", "послу", "послом", "премьера", "премьеру",
    "премьером", "лидера", "лидеру", "лидером",
];
/// Instrumental endings of nouns and names (`канцлером`, `Олафом Шольцем`, `Анной`).
const INSTRUMENTAL_ENDINGS: &[&str] = &["ом", "ем", "ём", "ым", "им", "ой", "ей"];

/// Whether `lower` is a Russian role noun in an oblique case (see [`OBLIQUE_ROLES`]).
pub(crate) fn is_oblique_role(lower: &str) -> bool {
    OBLIQUE_ROLES.contains(&lower)
}

/// Whether the capitalised Cyrillic run `[a, b)` agrees with the oblique role noun `role` before
/// it (the caller has checked [`is_oblique_role`]) as an apposition does: both in the
/// instrumental (`с канцлером Олафом Шольцем`), the first word no adjective (`председателем
/// Уральского филиала`).
pub(crate) fn agrees_with_role(s: &Scan, role: usize, a: usize, b: usize) -> bool {
    let instrumental = |w: &str| INSTRUMENTAL_ENDINGS.iter().any(|e| w.ends_with(e));
    let Some(last) = (a..b).rev().find(|&k| s.kind(k) == Some(Kind::Word)) else {
        return false;
    };
    instrumental(s.t.lower(role))
        && instrumental(s.t.lower(last))
        && !is_adjective(s.t.lower(a))
        && (a..b).all(|k| s.kind(k) != Some(Kind::Word) || is_cyrillic(s.t.s(k)))
}

/// At most this many capitalised adjectives before a region noun.
const MAX_REGION_ADJECTIVES: usize = 2;

/// A word of Cyrillic letters (and hyphens).
fn is_cyrillic(word: &str) -> bool {
    word.chars()
        .all(|c| matches!(c, '\u{0400}'..='\u{04FF}' | '-'))
}

/// A lower-case word with an adjective ending (the `-ский` forms included).
fn is_adjective(lower: &str) -> bool {
    ADJECTIVE_ENDINGS
        .iter()
        .chain(SKIY_ENDINGS)
        .any(|e| lower.ends_with(e))
}

/// Where the capitalised Cyrillic adjectives that end the run `[a, b)` start, when the word right
/// after the run is a lower-case word for a region (`Губернатор Московской` + `области`): the
/// adjectives and that word name the region. `None` otherwise. (The caller rejects adjectives that
/// start the sentence: `Новая область исследований`, "a new field of research".)
pub(crate) fn region_start(s: &Scan, a: usize, b: usize) -> Option<usize> {
    if s.kind(b) != Some(Kind::Word) || s.cap(b) || !s.word_in(b, REGION_NOUNS) {
        return None;
    }
    let k = adjectives_start(s, a, b, is_adjective);
    (k < b).then_some(k)
}

/// Where the capitalised Cyrillic adjectives (words that `adjective` accepts in lower case, at
/// most [`MAX_REGION_ADJECTIVES`]) that end the run `[a, b)` start; `b` when there are none.
fn adjectives_start(s: &Scan, a: usize, b: usize, adjective: impl Fn(&str) -> bool) -> usize {
    let capitalised_adjective = |k: usize| {
        s.kind(k) == Some(Kind::Word)
            && s.cap(k)
            && !s.upper(k)
            && is_cyrillic(s.t.s(k))
            && adjective(s.t.lower(k))
    };
    let mut k = b;
    while k > a && b - k < MAX_REGION_ADJECTIVES && capitalised_adjective(k - 1) {
        k -= 1;
    }
    k
}

/// Head nouns of Russian, Ukrainian and Bulgarian organisation names, in their case (or definite)
/// forms. These languages capitalise only the first word of such a name, an adjective, so the
/// name is a capitalised adjective, lower-case adjectives and one of these words (`Следственного
/// комитета`, `Московском городском суде`, `Полтавської обласної ради`, `Българският футболен
/// съюз`).
#[rustfmt::skip]
const ORGANISATION_HEADS: &[&str] = &[
    // Russian
    "суд", "суда", "суду", "судом", "суде", "комитет", "комитета", "комитету", "комитетом",
    "комитете", "университет", "университета", "университету", "университетом", "университете",
    "институт", "института", "институту", "институтом", "институте", "фонд", "фонда", "фонду",
    "фондом", "фонде", "банк", "банка", "банку", "банком", "банке", "совет", "совета", "совету",
    "советом", "совете", "союз", "союза", "союзу", "союзом", "союзе", "театр", "театра", "театру",
    "театром", "театре", "музей", "музея", "музею", "музеем", "музее", "галерея", "галереи",
    "галерею", "галереей", "академия", "академии", "академию", "академией", "агентство",
    "агентства", "агентству", "агентством", "агентстве", "служба", "службы", "службе", "службу",
    "службой", "министерство", "министерства", "министерству", "министерством", "министерстве",
    "партия", "партии", "партию", "партией", "палата", "палаты", "палате", "палату", "палатой",
    "прокуратура", "прокуратуры", "прокуратуре", "прокуратуру", "прокуратурой", "дума", "думы",
    "думе", "думу", "думой", "биржа", "биржи", "бирже", "биржу", "биржей", "консерватория",
    "консерватории", "библиотека", "библиотеки", "библиотеке", "библиотеку", "федерация",
    "федерации", "федерацию", "инспекция", "инспекции", "школа", "школы", "школе", "школу",
    // Ukrainian
    "суді", "комітет", "комітету", "комітетом", "комітеті", "університет", "університету",
    "університетом", "університеті", "інститут", "інституту", "інститутом", "інституті", "фонду",
    "фондом", "фонді", "банку", "банком", "банці", "рада", "ради", "раді", "раду", "радою",
    "служби", "службі", "службою", "міністерство", "міністерства", "міністерству",
    "міністерством", "міністерстві", "прокуратура", "прокуратури", "прокуратурі", "прокуратуру",
    "прокуратурою", "агентства", "агентству", "агентстві", "академія", "академії", "академію",
    "академією", "палати", "палаті", "палатою", "школи", "школі", "школою", "партія", "партії",
    "партію", "музею", "галереї", "бібліотека", "бібліотеки", "федерація", "федерації", "бюро",
    // Bulgarian
    "съд", "съда", "съдът", "университетът", "институтът", "банката", "фондът", "съвет",
    "съвета", "съветът", "съюз", "съюза", "съюзът", "агенция", "агенцията", "академията",
    "комисия", "комисията", "партията", "прокуратурата", "министерството", "общината",
];
/// Endings of the lower-case adjectives inside such a name (`городском`, `обласної`,
/// `антикорупційний`, `футболен`), of the three languages.
#[rustfmt::skip]
const INNER_ADJECTIVE_ENDINGS: &[&str] = &[
    "ый", "ий", "ій", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом",
    "ем", "ую", "ых", "их", "ої", "на", "ня", "ська", "цька", "не", "ні", "ски", "ска",
    "ско", "ския", "ският", "ната", "ното", "ния", "ният", "ен",
];
/// At most this many lower-case adjectives between the capitalised one and the head noun.
const MAX_INNER_ADJECTIVES: usize = 2;

/// A lower-case word with an adjective ending of Ukrainian or Bulgarian as well as Russian.
fn is_any_adjective(lower: &str) -> bool {
    INNER_ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Where the organisation name that the capitalised adjectives ending the run `[a, b)` open
/// starts and ends, when lower-case adjectives and a head noun of [`ORGANISATION_HEADS`] follow
/// the run (`в Московском` + `городском суде`). The name ends after the head noun, or after a
/// capitalised word right after it that no other capitalised word follows (`Национальный банк
/// Украины`, but not `ради Віктору Гнатюку`). `None` otherwise.
pub(crate) fn organisation_span(s: &Scan, a: usize, b: usize) -> Option<(usize, usize)> {
    let lower_word = |k: usize| s.kind(k) == Some(Kind::Word) && !s.cap(k) && is_cyrillic(s.t.s(k));
    let mut head = b;
    while head - b < MAX_INNER_ADJECTIVES
        && lower_word(head)
        && !s.word_in(head, ORGANISATION_HEADS)
        && is_any_adjective(s.t.lower(head))
    {
        head += 1;
    }
    if !lower_word(head) || !s.word_in(head, ORGANISATION_HEADS) {
        return None;
    }
    let start = adjectives_start(s, a, b, |w| is_adjective(w) || is_any_adjective(w));
    if start == b {
        return None;
    }
    // one capitalised word, not the first of a name (`ради Віктору Гнатюку`)
    let next = head + 1;
    let capitalised = |k: usize| s.kind(k) == Some(Kind::Word) && s.cap(k);
    let named = capitalised(next) && is_cyrillic(s.t.s(next)) && !capitalised(next + 1);
    Some((start, if named { next + 1 } else { next }))
}

/// Prepositions that announce a place (`в Ростове`, `из Харькова`).
const PLACE_PREPOSITIONS: &[&str] = &["в", "во", "из", "изо", "под", "близ"];

/// The label of the capitalised Cyrillic run `[a, b)` of `words` words, if its form or the
/// preposition before it tells.
pub(crate) fn cyrillic_label(
    s: &Scan,
    a: usize,
    b: usize,
    words: usize,
    at_start: bool,
) -> Option<EntityLabel> {
    let cyrillic = (a..b).all(|k| s.kind(k) != Some(Kind::Word) || is_cyrillic(s.t.s(k)));
    if !cyrillic || words == 0 || words > 3 || (a..b).any(|k| s.upper(k)) {
        return None;
    }
    // `компания «Газпром»`, `клуб «Спартак»`: a quoted name after a word for an organisation
    let quoted =
        s.punct_in(a.wrapping_sub(1), &["«", "\"", "„"]) && s.punct_in(b, &["»", "\"", "“"]);
    if quoted && s.word_in(a.wrapping_sub(2), ORGANISATION_NOUNS) {
        return Some(EntityLabel::Org);
    }
    if at_start {
        return None; // the first word of a sentence may be any word (`Семья Иванова`)
    }
    let last = (a..b).rev().find(|&k| s.kind(k) == Some(Kind::Word))?;
    let lower = s.t.lower(last);
    // an adjective before a lower-case noun (`в Сокальском районе`, `Советской армии`) is part of
    // a longer phrase whose head the rules do not see
    let adjective = is_adjective(lower);
    if adjective && s.kind(b) == Some(Kind::Word) && !s.cap(b) {
        return None;
    }
    // an adjective and a noun (`в Советской Армии`, `в Центральный Комитет`) name an organisation
    // or an event as often as a place
    let first = s.t.lower(a);
    let adjective_first = words >= 2 && is_adjective(first);
    let prev = a.wrapping_sub(1);
    if s.word_in(prev, PLACE_PREPOSITIONS) && !s.cap(prev) && !adjective && !adjective_first {
        return Some(EntityLabel::Loc);
    }
    let ends = |list: &[&str]| {
        list.iter()
            .any(|e| lower.ends_with(e) && lower.chars().count() > e.chars().count() + 2)
    };
    let surname = ends(SURNAME_ENDINGS) || (words >= 2 && (ends(IN_ENDINGS) || ends(SKIY_ENDINGS)));
    surname.then_some(EntityLabel::Per)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{entities, pairs};
    use super::super::RuleTagger;
    use crate::annotation::EntityLabel::*;

    #[test]
    fn russian_name_forms_and_place_prepositions() {
        let tagger = RuleTagger::builtin();
        let cases: &[(&str, &[(&str, crate::annotation::EntityLabel)])] = &[
            ("С журналистами говорил Петров.", &[("Петров", Per)]),
            (
                "Они встретились с Анной Карениной.",
                &[("Анной Карениной", Per)],
            ),
            ("Делегация прибыла из Харькова утром.", &[("Харькова", Loc)]),
            ("Письмо написал Шевченко.", &[("Шевченко", Per)]),
            // a sentence's first word, one-word -ин forms and adjectives stay untagged
            ("Петров пришёл поздно.", &[]),
            ("Потом говорили про Турин.", &[]),
            // a capitalised adjective before a word for a region: the region, with that word
            (
                "Дом построили в Сокальском районе.",
                &[("Сокальском районе", Loc)],
            ),
            (
                "Губернатор Московской области заявил об этом.",
                &[("Московской области", Loc)],
            ),
            (
                "Выборы прошли в Новосибирской области и в Краснодарском крае.",
                &[("Новосибирской области", Loc), ("Краснодарском крае", Loc)],
            ),
            // not at the start of a sentence, where any adjective is capitalised
            ("Новая область исследований открыта.", &[]),
            ("Он служил в Советской Армии.", &[]),
            ("Писатель родился в Ясной Поляне.", &[]),
            ("Акции компании «Газпром» выросли.", &[("Газпром", Org)]),
            ("Матч с клубом «Зенит» перенесли.", &[("Зенит", Org)]),
            ("Он прочитал «Войну и мир» за неделю.", &[]),
            // a capitalised adjective, lower-case adjectives and a word for an organisation
            (
                "Дело рассмотрят в Московском городском суде.",
                &[("Московском городском суде", Org)],
            ),
            (
                "Грант выдан при поддержке Российского научного фонда.",
                &[("Российского научного фонда", Org)],
            ),
            (
                "Рішення ухвалив депутат Полтавської обласної ради Віктор Гнатюк.",
                &[("Полтавської обласної ради", Org)], // the name is left to the model
            ),
            (
                "Звіт оприлюднив Національний банк України.",
                &[("Національний банк України", Org)],
            ),
            // not at a sentence start, nor without a word for an organisation after it
            ("Новый городской суд открыли вчера.", &[("вчера", Date)]),
            ("Он учился в Московской городской гимназии.", &[]),
            // a name after a lower-case role noun in any case, and a listed country between them
            (
                "Встреча с канцлером Олафом Шольцем прошла утром.",
                &[("Олафом Шольцем", Per)],
            ),
            (
                "Он встретился с госсекретарём США Энтони Блинкеном.",
                &[("США", Loc), ("Энтони Блинкеном", Per)],
            ),
            (
                "Путин провёл переговоры с председателем КНР Си Цзиньпином.",
                &[("КНР", Loc), ("Си Цзиньпином", Per)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(entities(&tagger, text, "ru"), pairs(want), "{text}");
        }
    }
}
