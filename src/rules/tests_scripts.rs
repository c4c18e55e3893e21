//! Fixtures in Arabic, Persian, Urdu, Hindi, Greek, Hebrew, Vietnamese and Turkish (written for
//! this project): places from the script lists, Arabic and Hebrew proclitics, Turkish suffixes,
//! institutions named after places, dates, percents and money in those languages and their digits.

use super::tests::{entities, pairs};
use super::*;
use EntityLabel::*;

#[test]
fn places_in_arabic_devanagari_greek_and_vietnamese_text() {
    let tagger = RuleTagger::builtin();
    // Behind the proclitics b- ("in") and wa-b- ("and in"), the entity is the name alone; a
    // list name inside an everyday word ("big") is none, nor is "the city".
    let ar = "وصل الوفد بالرياض ثم سافر إلى القاهرة، وبالولايات المتحدة مدينة كبيرا والمدينة.";
    assert_eq!(
        entities(&tagger, ar, "ar"),
        pairs(&[("الرياض", Loc), ("القاهرة", Loc), ("الولايات المتحدة", Loc)])
    );
    // The Arabic-script list serves Persian and Urdu, without the proclitics.
    let fa = "رئیس جمهور در تهران گفت که بتهران نرفت.";
    assert_eq!(entities(&tagger, fa, "fa"), pairs(&[("تهران", Loc)]));
    let hi = "प्रधानमंत्री ने नई दिल्ली में भारत और नेपाल के बारे में कहा।";
    assert_eq!(
        entities(&tagger, hi, "hi"),
        pairs(&[("नई दिल्ली", Loc), ("भारत", Loc), ("नेपाल", Loc)])
    );
    // Greek: the genitive of one-word names too.
    let el = "Ο πρόεδρος της Κύπρου ήρθε στην Αθήνα από τη Θεσσαλονίκη.";
    assert_eq!(
        entities(&tagger, el, "el"),
        pairs(&[("Κύπρου", Loc), ("Αθήνα", Loc), ("Θεσσαλονίκη", Loc)])
    );
    let vi = "Thủ tướng đã gặp Tổng thống Hàn Quốc tại Hà Nội.";
    assert_eq!(
        entities(&tagger, vi, "vi"),
        pairs(&[("Hàn Quốc", Loc), ("Hà Nội", Loc)])
    );
    // Each list stays in its languages: no Arabic proclitics in Persian, no Greek list in English.
    assert!(entities(&tagger, "Αθήνα", "en").is_empty());
}

#[test]
fn institutions_named_after_listed_places() {
    let tagger = RuleTagger::builtin();
    let ar = "قال أستاذ في جامعة القاهرة إن بنك مصر رفع الفائدة.";
    assert_eq!(
        entities(&tagger, ar, "ar"),
        pairs(&[("جامعة القاهرة", Org), ("بنك مصر", Org)])
    );
    let hi = "दिल्ली विश्वविद्यालय के छात्र मुंबई गए।";
    assert_eq!(
        entities(&tagger, hi, "hi"),
        pairs(&[("दिल्ली विश्वविद्यालय", Org), ("मुंबई", Loc)])
    );
    let vi = "Sinh viên Đại học Đà Nẵng đến Hà Nội.";
    assert_eq!(
        entities(&tagger, vi, "vi"),
        pairs(&[("Đại học Đà Nẵng", Org), ("Hà Nội", Loc)])
    );
}

#[test]
fn dates_percents_and_money_in_arabic_persian_and_hindi_with_their_digits() {
    let tagger = RuleTagger::builtin();
    let ar =
        "قال يوم الثلاثاء إن الأسعار ارتفعت 82 في المئة في 15 مارس 2024 والاستثمار 5 مليارات دولار.";
    assert_eq!(
        entities(&tagger, ar, "ar"),
        pairs(&[
            ("الثلاثاء", Date),
            ("82 في المئة", Percent),
            ("15 مارس 2024", Date),
            ("5 مليارات دولار", Money)
        ])
    );
    // a number with `و` ("and") written onto it is no code
    let ar = "استثمار 5 مليارات دولار و300 مليون يورو.";
    assert_eq!(
        entities(&tagger, ar, "ar"),
        pairs(&[("5 مليارات دولار", Money), ("300 مليون يورو", Money)])
    );
    // Arabic-Indic digits with the Arabic decimal separator; a year of them
    let ar = "بلغ الاستثمار ٣٫٥ مليار دولار في عام ٢٠٢٣.";
    assert_eq!(
        entities(&tagger, ar, "ar"),
        pairs(&[("٣٫٥ مليار دولار", Money), ("٢٠٢٣", Date)])
    );
    let fa = "قیمت‌ها ۱۰ درصد بالا رفت.";
    assert_eq!(entities(&tagger, fa, "fa"), pairs(&[("۱۰ درصد", Percent)]));
    let hi = "मंगलवार को १५ अगस्त २०२४ तक 7.2 प्रतिशत और 5,000 करोड़ रुपये।";
    assert_eq!(
        entities(&tagger, hi, "hi"),
        pairs(&[
            ("मंगलवार", Date),
            ("१५ अगस्त २०२४", Date),
            ("7.2 प्रतिशत", Percent),
            ("5,000 करोड़ रुपये", Money)
        ])
    );
}

#[test]
fn well_known_organisations_in_arabic_and_hindi() {
    let tagger = RuleTagger::builtin();
    let ar = "قال صندوق النقد الدولي ووكالة رويترز إن الطلاب درسوا بحماس.";
    assert_eq!(
        entities(&tagger, ar, "ar"),
        pairs(&[("صندوق النقد الدولي", Org), ("وكالة رويترز", Org)])
    );
    let hi = "भारतीय रिज़र्व बैंक और विश्व बैंक ने कहा।";
    assert_eq!(
        entities(&tagger, hi, "hi"),
        pairs(&[("भारतीय रिज़र्व बैंक", Org), ("विश्व बैंक", Org)])
    );
}

#[test]
fn turkish_places_before_a_suffix() {
    let tagger = RuleTagger::builtin();
    let tr = "Bakan İstanbul'da Almanya’nın elçisiyle görüştü, sonra İzmir ve Londra'ya gitti.";
    assert_eq!(
        entities(&tagger, tr, "tr"),
        pairs(&[
            ("İstanbul", Loc),
            ("Almanya", Loc),
            ("İzmir", Loc),
            ("Londra", Loc)
        ])
    );
    // the Turkish list and suffixes belong to Turkish sentences
    assert!(entities(&tagger, "Almanya'nın", "en").is_empty());
}

#[test]
fn hebrew_places_behind_their_prefixes() {
    let tagger = RuleTagger::builtin();
    let he = "השר נפגש בירושלים עם עמיתו מגרמניה, וטס מתל אביב לפריז.";
    assert_eq!(
        entities(&tagger, he, "he"),
        pairs(&[
            ("ירושלים", Loc),
            ("גרמניה", Loc),
            ("תל אביב", Loc),
            ("פריז", Loc)
        ])
    );
    // `כיוון` ("direction") is no `כ` + Greece
    assert!(entities(&tagger, "שינוי כיוון", "he").is_empty());
}

#[test]
fn persian_and_urdu_dates() {
    let tagger = RuleTagger::builtin();
    let fa = "روز سه‌شنبه ۱۵ مهر ۱۴۰۳ و ۳ ژانویه ۲۰۲۵";
    assert_eq!(
        entities(&tagger, fa, "fa"),
        pairs(&[("سه‌شنبه ۱۵ مهر ۱۴۰۳", Date), ("۳ ژانویه ۲۰۲۵", Date)])
    );
    // a month that is also a word needs its day: the Mehr news agency, an arrow, an avalanche
    let fa = "خبرگزاری مهر گزارش داد که یک تیر شلیک شد و بهمن آمد.";
    assert!(entities(&tagger, fa, "fa").is_empty());
    let ur = "منگل کو 15 اگست 2024 کو";
    assert_eq!(
        entities(&tagger, ur, "ur"),
        pairs(&[("منگل", Date), ("15 اگست 2024", Date)])
    );
}
