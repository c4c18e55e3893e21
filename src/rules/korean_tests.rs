//! Tests of `korean.rs`.

use super::*;

fn found(text: &str) -> Vec<(&str, EntityLabel)> {
    let t = Tokens::new(text);
    entities(&t, 0, t.len())
        .into_iter()
        .map(|(r, l, _)| (&text[r], l))
        .collect()
}

/// The merged entities of the built-in rule tagger for `text` as one Korean sentence.
fn tagged(text: &str) -> Vec<(String, EntityLabel)> {
    let tagger = super::super::RuleTagger::builtin();
    super::super::tests::entities(&tagger, text, "ko")
}

fn owned(v: &[(&str, EntityLabel)]) -> Vec<(String, EntityLabel)> {
    super::super::tests::pairs(v)
}

#[test]
fn persons_places_dates_and_money() {
    use EntityLabel::*;
    assert_eq!(
        tagged("윤석열 대통령은 17일 서울에서 회담을 했다."),
        owned(&[("윤석열", Per), ("17일", Date), ("서울", Loc)])
    );
    assert_eq!(
        tagged("김정은 국무위원장이 월요일 평양에서 연설했다."),
        owned(&[("김정은", Per), ("월요일", Date), ("평양", Loc)])
    );
    assert_eq!(
        tagged("이재명 더불어민주당 대표는"),
        owned(&[("이재명", Per), ("더불어민주당", Org)])
    );
    assert_eq!(
        tagged("문재인 전 대통령과 미국의 관계"),
        owned(&[("문재인", Per), ("미국", Loc)])
    );
    // the speaker of the National Assembly, a Supreme Court justice
    assert_eq!(found("우원식 의장은 본회의를 열었다."), [("우원식", Per)]);
    assert_eq!(found("주심 노태악 대법관은"), [("노태악", Per)]);
    assert_eq!(
        found("지난해 매출은 3조 원, 이익은 500억원이었다."),
        [("지난해", Date), ("3조 원", Money), ("500억원", Money)]
    );
    // a fiscal quarter is a date
    assert_eq!(
        found("3분기 영업이익은 9조 1834억 원이다."),
        [("3분기", Date), ("9조 1834억 원", Money)]
    );
    // the currency word carries the copula (`원이었다`, "was ... won")
    assert_eq!(found("영업이익은 3천억 원이었다."), [("3천억 원", Money)]);
    // a group before a title, a duration, and a day after a month (the numeric rules' date)
    assert_eq!(found("정치권 대표들이 모였다."), []);
    assert_eq!(found("유명한 감독과 한국인 선수"), []);
    assert_eq!(found("그는 3일 동안 머물렀다."), []);
    assert_eq!(found("6월 17일 오후"), []);
    assert_eq!(
        tagged("부산시는 2027년까지 1조 2천억 원을 쓴다."),
        owned(&[("부산시", Loc), ("2027년", Date), ("1조 2천억 원", Money)])
    );
}

#[test]
fn any_list_matches_before_a_particle() {
    use EntityLabel::{Loc, Org};
    let mut tagger = super::super::RuleTagger::builtin();
    let list = "삼성전자\tORG\n한국 은행\tORG\n";
    assert!(tagger.add_gazetteer("mine", list, None, true).is_ok());
    let got = |text: &str| super::super::tests::entities(&tagger, text, "ko");
    assert_eq!(
        got("삼성전자는 서울에서 발표했다."),
        owned(&[("삼성전자", Org), ("서울", Loc)])
    );
    assert_eq!(got("한국 은행의 금리"), owned(&[("한국 은행", Org)]));
    assert_eq!(got("삼성전자 주가"), owned(&[("삼성전자", Org)]));
    // the head must be the whole word before the particle, and outside Korean nothing changes
    assert_eq!(got("반삼성전자는"), owned(&[]));
    assert_eq!(
        super::super::tests::entities(&tagger, "삼성전자는", "ja"),
        owned(&[])
    );
}

#[test]
fn times_and_ranks() {
    use EntityLabel::{Ordinal, Time};
    assert_eq!(found("오후 3시 30분에 만나요."), [("오후 3시 30분", Time)]);
    assert_eq!(found("회의는 3시간 동안 이어졌다."), [("3시간", Time)]);
    assert_eq!(
        found("두 번째 회의는 10시에 열린다."),
        [("두 번째", Ordinal), ("10시", Time)]
    );
    assert_eq!(found("3번째 경기"), [("3번째", Ordinal)]);
    assert_eq!(found("30시에"), []);
}

#[test]
fn only_korean_sentences_get_them() {
    use super::super::tests::{entities as tagged, pairs};
    let tagger = super::super::RuleTagger::builtin();
    let text = "김정은 국무위원장이 평양에서 연설했다.";
    assert_eq!(
        tagged(&tagger, text, "ko"),
        pairs(&[("김정은", EntityLabel::Per), ("평양", EntityLabel::Loc)])
    );
    assert_eq!(tagged(&tagger, text, "ja"), pairs(&[]));
}

#[test]
fn counted_numbers_quantities_and_percentages() {
    use EntityLabel::*;
    assert_eq!(
        found("직원 40명을 뽑고 사과 40개를 샀다. 차량 12대가 섰다."),
        [("40명", Cardinal), ("40개", Cardinal), ("12대", Cardinal)]
    );
    assert_eq!(
        found("3만 명이 모였고 1천여명이 다쳤다. 2개씩 나눴다."),
        [
            ("3만 명", Cardinal),
            ("1천여명", Cardinal),
            ("2개", Cardinal)
        ]
    );
    assert_eq!(
        found("400킬로미터를 달렸다. 기온은 30도였다. 실업률은 4퍼센트다."),
        [
            ("400킬로미터", Quantity),
            ("30도", Quantity),
            ("4퍼센트", Percent)
        ]
    );
    // `20대` is "in their twenties", and a count is a whole number
    assert_eq!(found("20대 남성이 3.5명과"), []);
}

#[test]
fn companies_and_institutions_by_their_ending() {
    use EntityLabel::*;
    assert_eq!(
        found("한국투자증권은 서울중앙지검에 자료를 냈다."),
        vec![("한국투자증권", Org), ("서울중앙지검", Org)]
    );
    assert_eq!(found("롯데백화점에서 샀다."), vec![("롯데백화점", Org)]);
    // common compounds and one-syllable names stay untagged
    assert!(found("중앙은행이 금리를 올렸다.").is_empty());
    assert!(found("지방법원은 판결했다.").is_empty());
    assert!(found("신은행 설립").is_empty());
}
