//! Closed word lists the rules key on (months, weekdays, number words, titles, organisation words...),
//! compiled once into one lower-case lookup table with bit flags.
//!
//! The lists are written for this project: short, common words only, several languages where cheap.
//! A word may carry several flags (`this` is both a date modifier and a capitalised function word).

use std::collections::HashMap;

/// Month name; `val` is the month number.
pub const MONTH: u32 = 1;
/// An English month: needs a capital letter to count.
pub const MONTH_EN: u32 = 1 << 1;
/// Day of the week.
pub const WEEKDAY: u32 = 1 << 2;
/// `last`, `next`, `previous`, ... before a date unit.
pub const DATE_MOD: u32 = 1 << 3;
/// `year`, `weeks`, ... after a number or a date modifier.
pub const DATE_UNIT: u32 = 1 << 4;
/// A date on its own: `yesterday`, `today`.
pub const DATE_WORD: u32 = 1 << 5;
/// A number word; `val` is its value.
pub const NUMWORD: u32 = 1 << 6;
/// `million`, `bn`, ...; `val` is the power of ten.
pub const MAGNITUDE: u32 = 1 << 7;
/// `nearly`, `about`, `over`, ... before a number.
pub const QUANT: u32 = 1 << 8;
/// `percent`, `Prozent`, ...
pub const PERCENT: u32 = 1 << 9;
/// `dollars`, `yuan`, `euros`, ...
pub const CURRENCY: u32 = 1 << 10;
/// A currency code written in capitals: `USD`, `RMB`.
pub const CURRENCY_CODE: u32 = 1 << 11;
/// A title before a name: `Mr`, `President`, `Professor`.
pub const TITLE: u32 = 1 << 12;
/// A role noun that ends an apposition: `professor`, `spokesman`.
pub const ROLE: u32 = 1 << 13;
/// A word that makes a capitalised sequence an organisation: `Ministry`, `Court`, `Inc`.
pub const ORG: u32 = 1 << 14;
/// A word that makes a capitalised sequence a place: `Province`, `River`.
pub const LOC: u32 = 1 << 15;
/// A reporting verb: `said`, `told`.
pub const SAY: u32 = 1 << 16;
/// A capitalised function word that never starts a name: `The`, `However`.
pub const STOP: u32 = 1 << 17;
/// A lower-case word allowed inside a name: `of`, `de`, `von`.
pub const CONNECTOR: u32 = 1 << 18;
/// A preposition that announces a place: `in`, `near`.
pub const LOC_PREP: u32 = 1 << 19;
/// An organisation word that is a legal-form suffix and makes even one preceding word an ORG.
pub const ORG_SUFFIX: u32 = 1 << 20;

/// Flags of words that never count as a remembered part of a person's name.
pub const NOT_MEMORY: u32 = TITLE | ROLE | ORG | LOC | STOP | MONTH | WEEKDAY | NUMWORD | SAY;

/// Flags and value of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Info {
    /// Bit set of the constants above.
    pub flags: u32,
    /// Month number, number value or power of ten, depending on the flag.
    pub val: u64,
}

impl Info {
    /// True when any of `f` is set.
    pub fn has(self, f: u32) -> bool {
        self.flags & f != 0
    }
}

const MONTHS: &[(&str, u64, u32)] = &[
    ("january", 1, MONTH_EN),
    ("february", 2, MONTH_EN),
    ("march", 3, MONTH_EN),
    ("april", 4, MONTH_EN),
    ("may", 5, MONTH_EN),
    ("june", 6, MONTH_EN),
    ("july", 7, MONTH_EN),
    ("august", 8, MONTH_EN),
    ("september", 9, MONTH_EN),
    ("october", 10, MONTH_EN),
    ("november", 11, MONTH_EN),
    ("december", 12, MONTH_EN),
    ("jan", 1, MONTH_EN),
    ("feb", 2, MONTH_EN),
    ("apr", 4, MONTH_EN),
    ("jun", 6, MONTH_EN),
    ("jul", 7, MONTH_EN),
    ("aug", 8, MONTH_EN),
    ("sep", 9, MONTH_EN),
    ("sept", 9, MONTH_EN),
    ("oct", 10, MONTH_EN),
    ("nov", 11, MONTH_EN),
    ("dec", 12, MONTH_EN),
    // German
    ("januar", 1, 0),
    ("jänner", 1, 0),
    ("februar", 2, 0),
    ("märz", 3, 0),
    ("mai", 5, 0),
    ("juni", 6, 0),
    ("juli", 7, 0),
    ("oktober", 10, 0),
    ("dezember", 12, 0),
    // French
    ("janvier", 1, 0),
    ("février", 2, 0),
    ("mars", 3, 0),
    ("avril", 4, 0),
    ("juin", 6, 0),
    ("juillet", 7, 0),
    ("août", 8, 0),
    ("septembre", 9, 0),
    ("octobre", 10, 0),
    ("novembre", 11, 0),
    ("décembre", 12, 0),
    // Spanish, Portuguese, Italian
    ("enero", 1, 0),
    ("febrero", 2, 0),
    ("marzo", 3, 0),
    ("abril", 4, 0),
    ("mayo", 5, 0),
    ("junio", 6, 0),
    ("julio", 7, 0),
    ("agosto", 8, 0),
    ("septiembre", 9, 0),
    ("setiembre", 9, 0),
    ("octubre", 10, 0),
    ("noviembre", 11, 0),
    ("diciembre", 12, 0),
    ("janeiro", 1, 0),
    ("fevereiro", 2, 0),
    ("março", 3, 0),
    ("maio", 5, 0),
    ("junho", 6, 0),
    ("julho", 7, 0),
    ("setembro", 9, 0),
    ("outubro", 10, 0),
    ("novembro", 11, 0),
    ("dezembro", 12, 0),
    ("gennaio", 1, 0),
    ("febbraio", 2, 0),
    ("aprile", 4, 0),
    ("maggio", 5, 0),
    ("giugno", 6, 0),
    ("luglio", 7, 0),
    ("settembre", 9, 0),
    ("ottobre", 10, 0),
    ("dicembre", 12, 0),
    // Russian, nominative and genitive
    ("январь", 1, 0),
    ("января", 1, 0),
    ("февраль", 2, 0),
    ("февраля", 2, 0),
    ("март", 3, 0),
    ("марта", 3, 0),
    ("апрель", 4, 0),
    ("апреля", 4, 0),
    ("май", 5, 0),
    ("мая", 5, 0),
    ("июнь", 6, 0),
    ("июня", 6, 0),
    ("июль", 7, 0),
    ("июля", 7, 0),
    ("август", 8, 0),
    ("августа", 8, 0),
    ("сентябрь", 9, 0),
    ("сентября", 9, 0),
    ("октябрь", 10, 0),
    ("октября", 10, 0),
    ("ноябрь", 11, 0),
    ("ноября", 11, 0),
    ("декабрь", 12, 0),
    ("декабря", 12, 0),
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

const NUMWORDS: &[(&str, u64)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("dozen", 12),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
];

const MAGNITUDES: &[(&str, u64)] = &[
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("millions", 6),
    ("billion", 9),
    ("billions", 9),
    ("trillion", 12),
    ("bn", 9),
    ("mn", 6),
    ("mln", 6),
    ("m", 6),
    ("k", 3),
    ("tn", 12),
    ("mio", 6),
    ("mrd", 9),
    ("millionen", 6),
    ("milliarde", 9),
    ("milliarden", 9),
    ("millones", 6),
    ("millón", 6),
    ("milliards", 9),
    ("milliard", 9),
    ("mil", 3),
    ("milhões", 6),
    ("milioni", 6),
    ("тысяч", 3),
    ("тыс", 3),
    ("миллиона", 6),
    ("миллионов", 6),
    ("млн", 6),
    ("млрд", 9),
];

const WORDS: &[(&str, u32)] = &[
    ("last", DATE_MOD),
    ("next", DATE_MOD),
    ("this", DATE_MOD | STOP),
    ("previous", DATE_MOD),
    ("past", DATE_MOD),
    ("coming", DATE_MOD),
    ("following", DATE_MOD),
    ("same", DATE_MOD),
    ("year", DATE_UNIT),
    ("years", DATE_UNIT),
    ("month", DATE_UNIT),
    ("months", DATE_UNIT),
    ("week", DATE_UNIT),
    ("weeks", DATE_UNIT),
    ("day", DATE_UNIT),
    ("days", DATE_UNIT),
    ("decade", DATE_UNIT),
    ("decades", DATE_UNIT),
    ("quarter", DATE_UNIT),
    ("century", DATE_UNIT),
    ("weekend", DATE_UNIT),
    ("yesterday", DATE_WORD),
    ("today", DATE_WORD),
    ("tomorrow", DATE_WORD),
    ("gestern", DATE_WORD),
    ("heute", DATE_WORD),
    ("hier", DATE_WORD),
    ("aujourd'hui", DATE_WORD),
    ("demain", DATE_WORD),
    ("ayer", DATE_WORD),
    ("hoy", DATE_WORD),
    ("вчера", DATE_WORD),
    ("сегодня", DATE_WORD),
    ("завтра", DATE_WORD),
    ("nearly", QUANT),
    ("about", QUANT),
    ("around", QUANT),
    ("almost", QUANT),
    ("approximately", QUANT),
    ("roughly", QUANT),
    ("over", QUANT),
    ("some", QUANT),
    ("fast", QUANT),
    ("etwa", QUANT),
    ("rund", QUANT),
    ("environ", QUANT),
    ("près", QUANT),
    ("casi", QUANT),
    ("unos", QUANT),
    ("около", QUANT),
    ("почти", QUANT),
    ("percent", PERCENT),
    ("pct", PERCENT),
    ("prozent", PERCENT),
    ("procent", PERCENT),
    ("prozentpunkte", PERCENT),
    ("процента", PERCENT),
    ("процентов", PERCENT),
    ("процент", PERCENT),
    ("percentage", PERCENT),
    ("dollars", CURRENCY),
    ("dollar", CURRENCY),
    ("euros", CURRENCY),
    ("euro", CURRENCY),
    ("yuan", CURRENCY),
    ("renminbi", CURRENCY),
    ("yen", CURRENCY),
    ("pounds", CURRENCY),
    ("sterling", CURRENCY),
    ("rupees", CURRENCY),
    ("rubles", CURRENCY),
    ("roubles", CURRENCY),
    ("francs", CURRENCY),
    ("pesos", CURRENCY),
    ("won", CURRENCY),
    ("dólares", CURRENCY),
    ("reais", CURRENCY),
    ("рублей", CURRENCY),
    ("рубля", CURRENCY),
    ("долларов", CURRENCY),
    ("usd", CURRENCY_CODE),
    ("eur", CURRENCY_CODE),
    ("rmb", CURRENCY_CODE),
    ("cny", CURRENCY_CODE),
    ("gbp", CURRENCY_CODE),
    ("jpy", CURRENCY_CODE),
    ("chf", CURRENCY_CODE),
    ("inr", CURRENCY_CODE),
    ("hkd", CURRENCY_CODE),
    ("rs", CURRENCY_CODE),
    ("mr", TITLE),
    ("mrs", TITLE),
    ("ms", TITLE),
    ("dr", TITLE),
    ("prof", TITLE),
    ("sir", TITLE),
    ("president", TITLE | ROLE),
    ("professor", TITLE | ROLE),
    ("minister", TITLE | ROLE),
    ("senator", TITLE | ROLE),
    ("judge", TITLE | ROLE),
    ("governor", TITLE | ROLE),
    ("chancellor", TITLE | ROLE),
    ("premier", TITLE | ROLE),
    ("mayor", TITLE | ROLE),
    ("general", TITLE),
    ("gen", TITLE),
    ("sen", TITLE),
    ("rep", TITLE),
    ("gov", TITLE),
    ("king", TITLE),
    ("queen", TITLE),
    ("pope", TITLE),
    ("prince", TITLE),
    ("princess", TITLE),
    ("lord", TITLE),
    ("lady", TITLE),
    ("herr", TITLE),
    ("frau", TITLE),
    ("mme", TITLE),
    ("señor", TITLE),
    ("sr", TITLE),
    ("sra", TITLE),
    ("prime", TITLE),
    ("vice", TITLE),
    ("deputy", TITLE),
    ("foreign", TITLE),
    ("secretary", TITLE | ROLE),
    ("ambassador", TITLE | ROLE),
    ("chairman", TITLE | ROLE),
    ("captain", TITLE),
    ("coach", TITLE | ROLE),
    ("spokesman", ROLE),
    ("spokeswoman", ROLE),
    ("spokesperson", ROLE),
    ("director", ROLE),
    ("researcher", ROLE),
    ("economist", ROLE),
    ("analyst", ROLE),
    ("lawyer", ROLE),
    ("official", ROLE),
    ("scientist", ROLE),
    ("expert", ROLE),
    ("author", ROLE),
    ("founder", ROLE),
    ("executive", ROLE),
    ("ceo", ROLE),
    ("head", ROLE),
    ("leader", ROLE),
    ("chief", ROLE),
    ("manager", ROLE),
    ("teacher", ROLE),
    ("student", ROLE),
    ("doctor", ROLE),
    ("chairwoman", ROLE),
    ("lecturer", ROLE),
    ("editor", ROLE),
    ("correspondent", ROLE),
    ("member", ROLE),
    ("ministry", ORG),
    ("court", ORG),
    ("university", ORG),
    ("procuratorate", ORG),
    ("agency", ORG),
    ("bank", ORG),
    ("council", ORG),
    ("committee", ORG),
    ("association", ORG),
    ("commission", ORG),
    ("department", ORG),
    ("institute", ORG),
    ("party", ORG),
    ("corporation", ORG),
    ("company", ORG),
    ("group", ORG),
    ("foundation", ORG),
    ("organization", ORG),
    ("organisation", ORG),
    ("union", ORG),
    ("federation", ORG),
    ("bureau", ORG),
    ("administration", ORG),
    ("authority", ORG),
    ("board", ORG),
    ("parliament", ORG),
    ("congress", ORG),
    ("senate", ORG),
    ("assembly", ORG),
    ("police", ORG),
    ("army", ORG),
    ("school", ORG),
    ("college", ORG),
    ("academy", ORG),
    ("hospital", ORG),
    ("museum", ORG),
    ("club", ORG),
    ("society", ORG),
    ("fund", ORG),
    ("tribunal", ORG),
    ("cabinet", ORG),
    ("airlines", ORG),
    ("airways", ORG),
    ("motors", ORG),
    ("exchange", ORG),
    ("office", ORG),
    ("centre", ORG),
    ("center", ORG),
    ("institution", ORG),
    ("ministerium", ORG),
    ("universität", ORG),
    ("gericht", ORG),
    ("bundesamt", ORG),
    ("partei", ORG),
    ("université", ORG),
    ("ministère", ORG),
    ("universidad", ORG),
    ("ministerio", ORG),
    ("tribunal", ORG),
    ("министерство", ORG),
    ("университет", ORG),
    ("суд", ORG),
    ("inc", ORG | ORG_SUFFIX),
    ("ltd", ORG | ORG_SUFFIX),
    ("corp", ORG | ORG_SUFFIX),
    ("llc", ORG | ORG_SUFFIX),
    ("gmbh", ORG | ORG_SUFFIX),
    ("plc", ORG | ORG_SUFFIX),
    ("ag", ORG | ORG_SUFFIX),
    ("co", ORG | ORG_SUFFIX),
    ("city", LOC),
    ("province", LOC),
    ("county", LOC),
    ("river", LOC),
    ("mountains", LOC),
    ("mountain", LOC),
    ("lake", LOC),
    ("island", LOC),
    ("islands", LOC),
    ("street", LOC),
    ("avenue", LOC),
    ("road", LOC),
    ("square", LOC),
    ("bay", LOC),
    ("sea", LOC),
    ("ocean", LOC),
    ("valley", LOC),
    ("region", LOC),
    ("district", LOC),
    ("republic", LOC),
    ("kingdom", LOC),
    ("prefecture", LOC),
    ("peninsula", LOC),
    ("said", SAY),
    ("says", SAY),
    ("told", SAY),
    ("added", SAY),
    ("noted", SAY),
    ("explained", SAY),
    ("stated", SAY),
    ("wrote", SAY),
    ("argued", SAY),
    ("sagte", SAY),
    ("dijo", SAY),
    ("the", STOP),
    ("a", STOP),
    ("an", STOP),
    ("in", STOP | LOC_PREP),
    ("on", STOP),
    ("at", STOP),
    ("for", STOP | CONNECTOR),
    ("but", STOP),
    ("and", STOP),
    ("or", STOP),
    ("if", STOP),
    ("when", STOP),
    ("while", STOP),
    ("however", STOP),
    ("meanwhile", STOP),
    ("according", STOP),
    ("after", STOP),
    ("before", STOP),
    ("as", STOP),
    ("he", STOP),
    ("she", STOP),
    ("it", STOP),
    ("they", STOP),
    ("we", STOP),
    ("i", STOP),
    ("you", STOP),
    ("his", STOP),
    ("her", STOP),
    ("their", STOP),
    ("our", STOP),
    ("my", STOP),
    ("its", STOP),
    ("that", STOP),
    ("these", STOP),
    ("those", STOP),
    ("there", STOP),
    ("with", STOP),
    ("from", STOP | LOC_PREP),
    ("by", STOP),
    ("to", STOP),
    ("of", CONNECTOR),
    ("de", CONNECTOR),
    ("du", CONNECTOR),
    ("des", CONNECTOR),
    ("la", CONNECTOR),
    ("le", CONNECTOR),
    ("von", CONNECTOR),
    ("van", CONNECTOR),
    ("der", CONNECTOR),
    ("den", CONNECTOR),
    ("di", CONNECTOR),
    ("da", CONNECTOR),
    ("del", CONNECTOR),
    ("'s", CONNECTOR),
    ("’s", CONNECTOR),
    ("near", LOC_PREP),
    ("outside", LOC_PREP),
    ("across", LOC_PREP),
    ("update", STOP),
    ("notably", STOP),
    ("also", STOP),
    ("all", STOP),
    ("many", STOP),
    ("more", STOP),
    ("most", STOP),
    ("among", STOP),
    ("during", STOP),
    ("since", STOP),
    ("until", STOP),
    ("then", STOP),
    ("now", STOP),
    ("so", STOP),
    ("yet", STOP),
    ("still", STOP),
    ("because", STOP),
    ("although", STOP),
    ("der", STOP),
    ("die", STOP),
    ("das", STOP),
    ("le", STOP),
    ("les", STOP),
    ("el", STOP),
    ("los", STOP),
];

/// The compiled word table.
pub struct Lexicon {
    map: HashMap<String, Info>,
}

impl Lexicon {
    /// Builds the table from the lists above.
    pub fn new() -> Lexicon {
        let mut map: HashMap<String, Info> = HashMap::new();
        let mut add = |w: &str, flags: u32, val: u64| {
            let e = map.entry(w.to_string()).or_default();
            e.flags |= flags;
            if val != 0 {
                e.val = val;
            }
        };
        for &(w, m, extra) in MONTHS {
            add(w, MONTH | extra, m);
        }
        for w in WEEKDAYS {
            add(w, WEEKDAY, 0);
        }
        for &(w, v) in NUMWORDS {
            add(w, NUMWORD, v);
        }
        for &(w, v) in MAGNITUDES {
            add(w, MAGNITUDE, v);
        }
        for &(w, f) in WORDS {
            add(w, f, 0);
        }
        Lexicon { map }
    }

    /// Flags of a lower-case word (empty when unknown).
    pub fn get(&self, lower: &str) -> Info {
        self.map.get(lower).copied().unwrap_or_default()
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_carry_flags_and_values() {
        let lx = Lexicon::new();
        assert_eq!(
            lx.get("june"),
            Info {
                flags: MONTH | MONTH_EN,
                val: 6
            }
        );
        assert_eq!(lx.get("июня").val, 6);
        assert!(lx.get("this").has(DATE_MOD) && lx.get("this").has(STOP));
        assert_eq!(lx.get("million").val, 6);
        assert_eq!(lx.get("seventeen").val, 17);
        assert!(lx.get("procuratorate").has(ORG));
        assert_eq!(lx.get("zzz"), Info::default());
    }

    #[test]
    fn valued_categories_do_not_collide() {
        let valued = [MONTH, NUMWORD, MAGNITUDE];
        let lx = Lexicon::new();
        for (w, info) in &lx.map {
            let n = valued.iter().filter(|f| info.has(**f)).count();
            assert!(n <= 1, "{w} has two valued flags");
        }
    }
}
