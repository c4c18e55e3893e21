//! Fixtures for the dates and numbers of the Cyrillic languages (written for this project from a
//! QA pass on hand-written news): the Serbian Cyrillic, Bulgarian and Macedonian word lists of
//! `lexicon.txt` and the Russian and Ukrainian forms added with them (weekdays, months, number
//! words, magnitudes, currencies, percent words, units and modifiers of time), the year written
//! as an ordinal (`2030. године`), `назад` and `тому` after a duration; and the common words
//! that look like them and stay untagged. Only DATE, MONEY, PERCENT and CARDINAL are compared,
//! so that the name rules and lists can change without touching these cases.

use super::tests::{check_labels, LangCase};
use super::*;
use EntityLabel::*;

/// Checks the DATE, MONEY, PERCENT and CARDINAL entities of each case.
fn check(cases: &[LangCase<'static>]) {
    check_labels(&RuleTagger::builtin(), cases, |l| {
        matches!(l, Date | Money | Percent | Cardinal)
    });
}

#[test]
fn serbian_cyrillic() {
    check(&[
        (
            "sr",
            "Седница је у четвртак, а гласање у понедељак или петак.",
            &[("четвртак", Date), ("понедељак", Date), ("петак", Date)],
        ),
        (
            "sr",
            "Мост ће бити готов до 2030. године и коштаће 1,4 милијарде евра.",
            &[("2030. године", Date), ("1,4 милијарде евра", Money)],
        ),
        (
            "sr",
            "Општина је дала 210 милиона динара, а улазница кошта 6.500 динара.",
            &[("210 милиона динара", Money), ("6.500 динара", Money)],
        ),
        (
            "sr",
            "Извоз је за осам месеци порастао 45 одсто, рекла су четири министра.",
            &[
                ("осам месеци", Date),
                ("45 одсто", Percent),
                ("четири", Cardinal),
            ],
        ),
        (
            "sr",
            "Следеће године почиње градња. Закон важи од 15. марта 2025. године.",
            &[("Следеће године", Date), ("15. марта 2025. године", Date)],
        ),
        (
            "sr",
            "Ове године је у првом кварталу продато 300 хиљада карата.",
            &[
                ("Ове године", Date),
                ("првом кварталу", Date),
                ("300 хиљада", Cardinal),
            ],
        ),
        // a given name that is also the genitive of May, the genitive of "environment" in
        // Russian, "eye" and "these" before no unit of time
        (
            "sr",
            "Маја је рекла да ове књиге нису нове, а око јој је отечено.",
            &[],
        ),
    ]);
}

#[test]
fn bulgarian_and_macedonian() {
    check(&[
        (
            "bg",
            "Съветът заседава в понеделник и в сряда, а срокът е през юни.",
            &[("понеделник", Date), ("сряда", Date), ("юни", Date)],
        ),
        (
            "bg",
            "Търгът е на 12 април, а плащането до 20 февруари.",
            &[("12 април", Date), ("20 февруари", Date)],
        ),
        (
            "bg",
            "Заемът е 1,8 млрд. лева, а дългът 80 млрд. лева.",
            &[("1,8 млрд. лева", Money), ("80 млрд. лева", Money)],
        ),
        (
            "bg",
            "Общината отпусна 400 000 лева, а училището получи 20 000 лева и 50 лв. за такси.",
            &[
                ("400 000 лева", Money),
                ("20 000 лева", Money),
                ("50 лв.", Money),
            ],
        ),
        (
            "bg",
            "Мярката важи от 1 март 2025 година за два месеца, като през първото полугодие идват три нови влака.",
            &[
                ("1 март 2025 година", Date),
                ("два месеца", Date),
                ("първото полугодие", Date),
                ("три", Cardinal),
            ],
        ),
        (
            "bg",
            "През четвъртото тримесечие на 2024 г. заплатите растяха.",
            &[("четвъртото тримесечие на 2024 г.", Date)],
        ),
        (
            "bg",
            "Следващата година цените ще растат с 5 процента.",
            &[("Следващата година", Date), ("5 процента", Percent)],
        ),
        // "left" (feminine), "lion", "this" before no unit of time
        ("bg", "Лява или лева ръка? Лев и тигър; тази книга е нова.", &[]),
        (
            "mk",
            "Седницата е во понеделник, а буџетот е 300 милиони денари, 5 проценти повеќе.",
            &[
                ("понеделник", Date),
                ("300 милиони денари", Money),
                ("5 проценти", Percent),
            ],
        ),
        (
            "mk",
            "Законот стапува на сила во мај, а оваа книга е нова.",
            &[("мај", Date)],
        ),
    ]);
}

#[test]
fn ukrainian_and_russian() {
    check(&[
        (
            "uk",
            "Фірма отримала 120 тисяч доларів за 12 років, а 60 тисяч віддала.",
            &[
                ("120 тисяч доларів", Money),
                ("12 років", Date),
                ("60 тисяч", Cardinal),
            ],
        ),
        (
            "uk",
            "Ремонт триватиме тиждень, а цього тижня почнуть другий етап.",
            &[("тиждень", Date), ("цього тижня", Date)],
        ),
        (
            "uk",
            "Два роки тому він заплатив п’ять тисяч гривень.",
            &[("Два роки тому", Date), ("п’ять тисяч гривень", Money)],
        ),
        // `тому що`, "because", and `тому`, "so", end no date
        (
            "uk",
            "Він пішов через два роки, тому що втомився. Тому він мовчить.",
            &[("два роки", Date)],
        ),
        (
            "ru",
            "Два года назад он купил два дома, а через пять лет продал их.",
            &[
                ("Два года назад", Date),
                ("два", Cardinal),
                ("пять лет", Date),
            ],
        ),
        (
            "ru",
            "В прошлом году выручка росла, а в первом квартале 2025 года упала на 10 процентов.",
            &[
                ("прошлом году", Date),
                ("первом квартале 2025 года", Date),
                ("10 процентов", Percent),
            ],
        ),
        // "environment", "in this case", a given name, "left hand"
        (
            "ru",
            "В этой среде спорят; в этом случае Лев прав, а левой рукой не пишут.",
            &[],
        ),
    ]);
}
