//! Tests of the DATE rules (`dates.rs`), kept apart to keep that file short.

use super::*;
use crate::rules::scan::scan_hits;

fn dates(text: &str) -> Vec<String> {
    scan_hits(text, date_at)
}

#[test]
fn english_dates() {
    assert_eq!(
        dates("BEIJING, June 17 (Xinhua) released Monday"),
        vec!["June 17", "Monday"]
    );
    assert_eq!(
        dates("on June 17th, 2024 and 17 June 2024, or June 2024"),
        vec!["June 17th, 2024", "17 June 2024", "June 2024"]
    );
    assert_eq!(
        dates("from the previous year, over the past three years, last year"),
        vec!["the previous year", "the past three years", "last year"]
    );
    assert_eq!(
        dates("in January; you may go; earlier this month; next Friday"),
        vec!["January", "earlier this month", "next Friday"]
    );
    assert_eq!(
        dates("Jan. 5 and Sept 30, 2023"),
        vec!["Jan. 5", "Sept 30, 2023"]
    );
}

#[test]
fn other_languages_and_formats() {
    assert_eq!(
        dates("am 17. Juni 2024 und am 3. März"),
        vec!["17. Juni 2024", "3. März"]
    );
    assert_eq!(
        dates("le 1er juin 2024, le 17 juin"),
        vec!["1er juin 2024", "17 juin"]
    );
    assert_eq!(dates("el 17 de junio de 2024"), vec!["17 de junio de 2024"]);
    assert_eq!(dates("17 июня 2024 года"), vec!["17 июня 2024 года"]);
    // the period after a whole word ends the sentence; after `г.` it is the abbreviation's
    assert_eq!(dates("17 июня 2024 года."), vec!["17 июня 2024 года"]);
    assert_eq!(dates("17 июня 2024 г. и"), vec!["17 июня 2024 г."]);
    assert_eq!(
        dates("2024-06-17, 17/06/2024, 17.06.2024, 2023-2024"),
        vec!["2024-06-17", "17/06/2024", "17.06.2024", "2023-2024"]
    );
    assert_eq!(
        dates("2024年6月17日发布，6月17日，去年，90年代"),
        vec!["2024年6月17日", "6月17日", "去年", "90年代"]
    );
    assert_eq!(dates("2024년 6월 17일"), vec!["2024년 6월 17일"]);
    // spans counted ahead or back, quarters and halves of the year; not `最近` or `近日` alone
    assert_eq!(
        dates("未来三年，过去几个月，第三季度，三季度末，前三季度，上半年，最近，近日"),
        vec![
            "未来三年",
            "过去几个月",
            "第三季度",
            "三季度",
            "前三季度",
            "上半年"
        ]
    );
    assert_eq!(
        dates("马斯克周二抵达，星期天离开，週末休息"),
        vec!["周二", "星期天", "週末"]
    );
    assert_eq!(
        dates("昨年は好調で、来月と先週、月曜日と金曜に会議"),
        vec!["昨年", "来月", "先週", "月曜日", "金曜"]
    );
    assert_eq!(
        dates("先週の月曜日と来月の3日、そして今日の午後"),
        vec!["先週の月曜日", "来月の3日", "今日"]
    );
    // a bare day of the month; not the 日 of 日本 (Japan) or 日元 (yen)
    assert_eq!(
        dates("知事は3日、会见于17号举行，30日元，5日本，45日"),
        vec!["3日", "17号"]
    );
}

#[test]
fn extended_forms() {
    assert_eq!(
        dates("early 1992, the late 1980s, mid-June, in early August"),
        vec!["early 1992", "the late 1980s", "mid-June", "early August"]
    );
    assert_eq!(
        dates("June 14-16 and October last year, last September, Wednesday, August 28"),
        vec![
            "June 14-16",
            "October last year",
            "last September",
            "Wednesday, August 28"
        ]
    );
    assert_eq!(
        dates("nesta segunda-feira, el domingo, op dinsdag, la domenica; a sunday roast"),
        vec!["segunda-feira", "domingo", "dinsdag", "domenica"]
    );
    assert_eq!(
        dates("sastao se 5. ožujka 2024, v utorok 3. marca, i tisdags och 1. maj 2023"),
        vec![
            "5. ožujka 2024",
            "utorok 3. marca",
            "tisdags",
            "1. maj 2023"
        ]
    );
    // A range's last day may end a clause; a time or unit glued to it is no day.
    assert_eq!(
        dates("It runs June 14 to 16. Talks on May 2-3, then June 3-4pm."),
        vec!["June 14 to 16", "May 2-3", "June 3"]
    );
    assert_eq!(
        dates("He served in 1990-1995. Then 2001-02, 2010-2015a"),
        vec!["1990-1995", "2001-02"]
    );
    assert_eq!(dates("since March, in August"), vec!["March", "August"]);
    assert_eq!(
        dates("by the end of the year, the beginning of June, the first half of 2024, the third quarter"),
        vec!["the end of the year", "the beginning of June", "the first half of 2024", "the third quarter"]
    );
    assert!(dates("the end of the road, the first half was dull").is_empty());
}

#[test]
fn rejects_non_dates() {
    assert!(dates("3.5.2 version 99/99/99 the 45 Street").is_empty());
    assert!(dates("May I help? March on.").is_empty());
}

#[test]
fn polish_czech_and_dutch_dates() {
    // Polish and Czech months were not listed, nor the locatives after `u` and `v`, nor Dutch
    // `maart`, `mei`, `augustus`; Polish `r.` ("year") keeps its period
    assert_eq!(
        dates("podpisano 14 października 2024 r. w Krakowie, w środę, od stycznia"),
        vec!["14 października 2024 r.", "środę", "stycznia"]
    );
    assert_eq!(
        dates("ve středu 12. března 2025, v říjnu, u listopadu, v októbri"),
        vec!["středu 12. března 2025", "říjnu", "listopadu", "októbri"]
    );
    // an English month name in lower case after a day (Dutch), but not one that is a verb
    assert_eq!(
        dates("op 22 november 2023 en in mei; of the 30 invited, 22 may attend"),
        vec!["22 november 2023", "mei"]
    );
    // a capitalised month after a cue of a language that writes months in lower case is a name
    assert!(dates("In Mei's view, a statue of Augustus").is_empty());
    assert_eq!(dates("seit Mai, im März"), vec!["Mai", "März"]);
}

#[test]
fn ukrainian_and_turkish_dates() {
    assert_eq!(
        dates("24 лютого 2025 року у жовтні, у середу; 15 Temmuz 2024'te, 3 Ekim 2023, salı"),
        vec![
            "24 лютого 2025 року",
            "жовтні",
            "середу",
            "15 Temmuz 2024",
            "3 Ekim 2023",
            "salı"
        ]
    );
}

#[test]
fn greek_dates() {
    // Greek capitalises its months: after `τον` a capitalised month is a month
    assert_eq!(
        dates("στις 15 Μαρτίου 2024 στην Αθήνα, τον Οκτώβριο"),
        vec!["15 Μαρτίου 2024", "Οκτώβριο"]
    );
}

#[test]
fn finnish_dates() {
    // the month's case ending says "in": `lokakuussa` ("in October") is a date by itself
    assert_eq!(
        dates("vaalit pidettiin 15. lokakuuta 2024, ja inflaatio oli lokakuussa 1,6 prosenttia"),
        vec!["15. lokakuuta 2024", "lokakuussa"]
    );
}
