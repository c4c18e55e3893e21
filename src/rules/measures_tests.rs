//! Tests of `measures.rs`: each case is a sentence and the hits the numeric scan finds in it.

use crate::annotation::EntityLabel::{self, Cardinal, Date, Ordinal, Quantity, Time};
use crate::rules::numeric::tests::hits;

fn check(cases: &[(&str, &[(&str, EntityLabel)])]) {
    for (text, want) in cases {
        let want: Vec<(String, EntityLabel)> =
            want.iter().map(|&(s, l)| (s.to_string(), l)).collect();
        assert_eq!(hits(text), want, "in {text:?}");
    }
}

#[test]
fn clock_times() {
    check(&[
        (
            "The meeting starts at 3 p.m. on Friday.",
            &[("3 p.m.", Time), ("Friday", Date)],
        ),
        (
            "It left at 07:45 and at 10:30 PM EST.",
            &[("07:45", Time), ("10:30 PM", Time)],
        ),
        (
            "Doors open at 7pm, close at 11:15:30.",
            &[("7pm", Time), ("11:15:30", Time)],
        ),
        (
            "Um 15 Uhr und um 9.30 Uhr.",
            &[("15 Uhr", Time), ("9.30 Uhr", Time)],
        ),
        (
            "Rendez-vous à 15h30, pas à 15 h.",
            &[("15h30", Time), ("15 h", Time)],
        ),
        ("From 3 to 4 p.m. daily.", &[("3 to 4 p.m.", Time)]),
        ("at five o'clock", &[("five o'clock", Time)]),
        (
            "Mødet begynder kl. 14.30, toget går klockan 9.",
            &[("kl. 14.30", Time), ("klockan 9", Time)],
        ),
        (
            "kl. 25 og kl. 9.75",
            &[("25", Cardinal), ("9.75", Cardinal)],
        ),
    ]);
}

#[test]
fn scores_ratios_and_large_hours_are_not_times() {
    check(&[
        ("They won 2:1 at home.", &[]),
        ("a ratio of 30:70 here", &[]),
        // volleyball sets: one pair that is no time makes the whole list scores
        (
            "Sets: 25:21, 21:25, 15:12 (75 minutes).",
            &[("75 minutes", Time)],
        ),
        ("won 25:21 21:25 25:19", &[]),
        // a list of clock times stays times
        (
            "Trains at 10:30, 12:45; 21:25.",
            &[("10:30", Time), ("12:45", Time), ("21:25", Time)],
        ),
        (
            "He hit 2 HR; 3 SEC filings",
            &[("2", Cardinal), ("3", Cardinal)],
        ),
        (
            "Platz 3 am Sonntag, at 3 am, 4am",
            &[
                ("3", Cardinal),
                ("Sonntag", Date),
                ("3 am", Time),
                ("4am", Time),
            ],
        ),
    ]);
}

#[test]
fn durations_and_parts_of_the_day() {
    check(&[
        (
            "It lasted two hours and 40 minutes late.",
            &[("two hours and 40 minutes", Time)],
        ),
        (
            "He ran it in 3 minutes 49.09 seconds.",
            &[("3 minutes 49.09 seconds", Time)],
        ),
        ("a two-hour meeting", &[("two-hour", Time)]),
        (
            "Wait an hour, or half an hour.",
            &[("an hour", Time), ("half an hour", Time)],
        ),
        (
            "It took a few minutes, then several hours.",
            &[("a few minutes", Time), ("several hours", Time)],
        ),
        ("in the past 120 hours", &[("the past 120 hours", Time)]),
        (
            "We met this morning and late last night.",
            &[("this morning", Time), ("late last night", Time)],
        ),
        (
            "On Tuesday night at midnight.",
            &[("Tuesday night", Time), ("midnight", Time)],
        ),
        ("Wir kommen heute Abend.", &[("heute Abend", Time)]),
        ("a second term", &[]),
        (
            "It took more than an hour, three minutes later.",
            &[("more than an hour", Time), ("three minutes later", Time)],
        ),
        (
            "He left earlier in the day, at 1400 EDT, not 1400.",
            &[
                ("earlier in the day", Time),
                ("1400", Time),
                ("1400", Cardinal),
            ],
        ),
        (
            "in the 60th minute, a 79th-minute goal",
            &[("the 60th minute", Time), ("79th-minute", Time)],
        ),
    ]);
}

#[test]
fn quantities() {
    check(&[
        ("about 10 km from home", &[("about 10 km", Quantity)]),
        (
            "It ran 100 metres and 5km, at 120 km/h.",
            &[
                ("100 metres", Quantity),
                ("5km", Quantity),
                ("120 km/h", Quantity),
            ],
        ),
        (
            "a 20-ton truck carrying 4,378 tonnes",
            &[("20-ton", Quantity), ("4,378 tonnes", Quantity)],
        ),
        (
            "500 square miles and 30 degrees Celsius",
            &[
                ("500 square miles", Quantity),
                ("30 degrees Celsius", Quantity),
            ],
        ),
        (
            "460,000 barrels a day",
            &[("460,000 barrels", Quantity), ("a day", Date)],
        ),
        ("5 pounds", &[("5 pounds", EntityLabel::Money)]),
        (
            "510,258 pounds sterling, 1.069 billion lei and 3,000 naira",
            &[
                ("510,258 pounds sterling", EntityLabel::Money),
                ("1.069 billion lei", EntityLabel::Money),
                ("3,000 naira", EntityLabel::Money),
            ],
        ),
        (
            "80 000 tonnes sur 92.98 km²",
            &[("80 000 tonnes", Quantity), ("92.98 km²", Quantity)],
        ),
        (
            "row 83 210 7 and 1 200 000 people",
            &[
                ("83", Cardinal),
                ("210", Cardinal),
                ("7", Cardinal),
                ("1 200 000", Cardinal),
            ],
        ),
    ]);
}

#[test]
fn ranks() {
    check(&[
        (
            "She finished first, he was second.",
            &[("first", Ordinal), ("second", Ordinal)],
        ),
        (
            "the 21st and the twenty-first",
            &[("21st", Ordinal), ("twenty-first", Ordinal)],
        ),
        (
            "in the 20th century and the nineteenth century",
            &[("the 20th century", Date), ("the nineteenth century", Date)],
        ),
        ("First Lady and the Second World War", &[]),
        // a street's name is no rank
        (
            "on 5th Avenue and 42nd St. she came 5th",
            &[("5th", Ordinal)],
        ),
        ("in a second, 30 seconds", &[("30 seconds", Time)]),
        ("on June 4th", &[("June 4th", Date)]),
        (
            "in the first six months of 1996 and the first 40 minutes",
            &[
                ("the first six months of 1996", Date),
                ("the first 40 minutes", Time),
            ],
        ),
        ("a third of its members", &[]),
        ("send 10MM now", &[]),
    ]);
}

#[test]
fn chinese_and_japanese() {
    check(&[
        ("下午3点开会", &[("下午3点", Time)]),
        ("凌晨三点半出发", &[("凌晨三点半", Time)]),
        ("15时30分到达", &[("15时30分", Time)]),
        ("提出3点意见", &[("3", Cardinal)]),
        ("会议持续了2个小时", &[("2个小时", Time)]),
        ("全长300公里", &[("300公里", Quantity)]),
        // a magnitude before the unit (`兆` is "mega" in units), power, energy and data sizes
        ("装机容量为500兆瓦", &[("500兆瓦", Quantity)]),
        ("发电量达到300千瓦时", &[("300千瓦时", Quantity)]),
        ("文件大小为20兆字节", &[("20兆字节", Quantity)]),
        ("降雨量30毫米", &[("30毫米", Quantity)]),
        ("第二轮会谈", &[("第二", Ordinal)]),
        ("午後3時に", &[("午後3時", Time)]),
        ("会議は3時間続いた", &[("3時間", Time)]),
    ]);
}
