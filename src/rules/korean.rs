//! Korean entities, which no model here reads (there is no Korean entity corpus): persons, places
//! and organisations from lists, dates and money. Korean writes spaces between words, but a
//! word carries its particles (`서울에서`, "in Seoul"; `미국의`, "of the United States"), so a
//! listed name is looked up both as the whole word and without a particle, and the entity then
//! covers the name only. Persons are a common surname and a two-syllable given name before a
//! title (`윤석열 대통령`, `김정은 국무위원장은`); dates are relative words (`지난해`, `어제`,
//! `월요일`) and day numbers (`17일`); times are clock hours and hours (`오후 3시 30분`, `3시간`),
//! ranks `두 번째` and `3번째`; money is a number with `원`, `달러` or another currency
//! after it, with its magnitude (`3조 원`, `500억원`); counts, quantities and percentages are a
//! number with a counter, a unit or `퍼센트` (`40명`, `400킬로미터`, `4퍼센트`). The number words
//! are read by `korean_numbers.rs`.

use super::token::{Kind, Tokens};
use crate::annotation::{Candidate, EntityLabel, EntitySource};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

#[path = "korean_numbers.rs"]
mod numbers;
use numbers::after_number;

/// Particles that follow a noun, longest first so that `에서는` is taken before `는`.
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "에서부터", "에서는", "에서도", "에서의", "으로는", "으로도", "으로서", "에게는", "에게서", "까지는",
    "부터는", "이라는", "에서", "에게", "한테", "으로", "까지", "부터", "처럼", "보다", "에는", "에도",
    "과는", "와는", "과의", "와의", "이나", "이며", "이다", "이고", "하고", "만의", "라는", "의", "은",
    "는", "이", "가", "을", "를", "에", "로", "와", "과", "도", "만", "엔",
];

/// Common surnames (the hundred most frequent cover nearly all Koreans), two-syllable ones first.
#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "남궁", "황보", "제갈", "선우", "독고", "사공", "김", "이", "박", "최", "정", "강", "조", "윤",
    "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문",
    "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민",
    "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도",
    "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육",
    "인", "맹", "제", "모", "탁", "국", "어", "편", "용", "예", "경", "봉", "부",
];

/// Titles and forms of address written after a person's name.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "대통령", "국무총리", "총리", "부총리", "장관", "차관", "의원", "국회의원", "대표", "원내대표",
    "위원장", "국무위원장", "총비서", "비서실장", "대변인", "회장", "부회장", "사장", "대표이사",
    "감독", "선수", "교수", "박사", "기자", "변호사", "검사", "판사", "지사", "시장", "구청장",
    "군수", "대사", "총재", "총장", "후보", "씨", "여사", "주석", "국왕", "왕세자", "수석",
    "의장", "국회의장", "부의장", "대법관", "대법원장", "당선인", "당선자", "이사장", "원장", "청장",
    "도지사", "주지사", "교육감", "상원의원", "하원의원", "작가", "배우", "가수", "코치", "단장",
    "본부장", "실장", "목사",
];

/// Words that may stand between a name and its title (`문재인 전 대통령`, "former president").
const BEFORE_TITLE: &[&str] = &["전", "현", "신임", "당시", "前"];

/// Last syllables of three-syllable words that name a group or an office, not a person
/// (`정치권 대표`, `문화부 장관`), and the adjective ending `-한` (`유명한 감독`, "a famous
/// director"): such a word before a title is no name.
#[rustfmt::skip]
const NOT_NAME_ENDINGS: &[char] = &[
    '부', '청', '처', '권', '계', '측', '당', '회', '단', '팀', '국', '원', '시', '군', '구', '도',
    '사', '관', '실', '과', '들', '협', '위', '한',
];

/// Relative date words and weekdays.
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "지난해", "작년", "올해", "금년", "내년", "지난달", "이번달", "다음달", "지난주", "이번주",
    "다음주", "어제", "오늘", "내일", "그제", "그저께", "모레", "월요일", "화요일", "수요일",
    "목요일", "금요일", "토요일", "일요일", "상반기", "하반기", "전날", "전년", "연초", "연말",
];

/// Parts of the day before a clock time (`오후 3시`, "3 p.m.").
const DAY_PARTS: &[&str] = &["오전", "오후", "새벽", "아침", "저녁", "밤"];
/// Counts before `번째` (`두 번째`, "the second").
const COUNTS: &[&str] = &[
    "첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
];

/// The names of `cldr_ko.tsv` (CLDR's countries and cities) and `korean.tsv` (written for this
/// project: Korean regions and cities, institutions, parties and companies), by name.
fn listed() -> &'static HashMap<&'static str, (EntityLabel, &'static str)> {
    static LISTED: OnceLock<HashMap<&'static str, (EntityLabel, &'static str)>> = OnceLock::new();
    LISTED.get_or_init(|| {
        let mut map = HashMap::new();
        for (list, text) in [
            (
                "cldr_ko",
                include_str!("../../pipelines/gazetteers/cldr_ko.tsv"),
            ),
            (
                "korean",
                include_str!("../../pipelines/gazetteers/korean.tsv"),
            ),
        ] {
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let mut fields = line.split('\t');
                let (Some(name), Some(label)) = (fields.next(), fields.next()) else {
                    continue;
                };
                if let Some(label) = EntityLabel::parse(label.trim()) {
                    map.entry(name.trim()).or_insert((label, list));
                }
            }
        }
        map
    })
}

fn is_hangul_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(is_hangul_syllable)
}

/// A precomposed Hangul syllable (`한`), the way Korean words are written.
pub(crate) fn is_hangul_syllable(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// `word` without the particle it ends with (itself when none, or when less than one syllable
/// would remain).
fn stem(word: &str) -> &str {
    let Some(last) = word.chars().last() else {
        return word;
    };
    particles_ending_in(last)
        .iter()
        .find_map(|p| word.strip_suffix(p).filter(|s| !s.is_empty()))
        .unwrap_or(word)
}

/// The particles that end with `last`, longest first (most words end with none: one look-up
/// instead of a comparison with every particle).
fn particles_ending_in(last: char) -> &'static [&'static str] {
    static BY_LAST: OnceLock<HashMap<char, Vec<&'static str>>> = OnceLock::new();
    BY_LAST
        .get_or_init(|| {
            let mut map: HashMap<char, Vec<&'static str>> = HashMap::new();
            for p in PARTICLES {
                if let Some(c) = p.chars().last() {
                    map.entry(c).or_default().push(p);
                }
            }
            map
        })
        .get(&last)
        .map_or(&[], Vec::as_slice)
}

/// `word`'s head when it ends with a particle (`서울` of `서울에서`), for gazetteer matching.
pub(crate) fn particle_head(word: &str) -> Option<&str> {
    let head = stem(word);
    (head.len() < word.len()).then_some(head)
}

/// Whether sentences in language `lang` get the Korean rules.
pub(crate) fn is_korean(lang: &str) -> bool {
    lang == "ko" || lang.starts_with("ko-")
}

/// True when `word` is `head` alone or `head` and a particle.
fn is_with_particle(word: &str, heads: &[&str]) -> bool {
    heads.contains(&word) || heads.contains(&stem(word))
}

/// One Korean entity: byte range, label, and the list it came from (`None`: a rule).
pub(crate) type Found = (Range<usize>, EntityLabel, Option<&'static str>);

/// The Korean entities of tokens `[a, b)` of `t`.
pub(crate) fn entities(t: &Tokens, a: usize, b: usize) -> Vec<Found> {
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        let Some(tok) = t.get(k) else { break };
        if tok.kind == Kind::Num {
            if let Some((next, end, label)) = after_number(t, k, b) {
                out.push((tok.start..end, label, None));
                k = next;
                continue;
            }
        } else if tok.kind == Kind::Word {
            let word = t.s(k);
            let clock = (DAY_PARTS.contains(&word) && t.kind(k + 1) == Some(Kind::Num))
                .then(|| after_number(t, k + 1, b))
                .flatten()
                .filter(|x| x.2 == EntityLabel::Time);
            if let Some((next, end, label)) = clock {
                out.push((tok.start..end, label, None));
                k = next;
                continue;
            }
            if COUNTS.contains(&word) && k + 1 < b && stem(t.s(k + 1)) == "번째" {
                let end = t.get(k + 1).map_or(tok.end, |x| x.start + "번째".len());
                out.push((tok.start..end, EntityLabel::Ordinal, None));
                k += 2;
                continue;
            }
            if let Some(found) = word_entity(t, k, b) {
                out.push(found);
            }
        }
        k += 1;
    }
    out
}

/// [`entities`] as candidates: rules, or the list that named them.
pub(crate) fn candidates(t: &Tokens, a: usize, b: usize) -> Vec<Candidate> {
    entities(t, a, b)
        .into_iter()
        .map(|(range, label, list)| Candidate {
            range,
            label,
            source: list.map_or(EntitySource::Rule, |l| {
                EntitySource::Gazetteer(l.to_string())
            }),
            confidence: None,
        })
        .collect()
}

/// The entity of Hangul word `k`, if it is a listed name, a date word or a person before a title.
fn word_entity(t: &Tokens, k: usize, b: usize) -> Option<Found> {
    let tok = t.get(k)?;
    let word = t.s(k);
    let start = tok.start;
    // listed names themselves, with or without a particle, are the gazetteers' (`mod.rs`)
    let head = stem(word);
    if listed().contains_key(word) || listed().contains_key(head) {
        return None;
    }
    if !is_hangul_word(word) {
        return None;
    }
    // `부산시는`: a listed place and 시 (city), 도 (province), 군 (county) or 구 (district)
    let place = ["시", "도", "군", "구"].iter().find_map(|suffix| {
        head.strip_suffix(suffix)
            .and_then(|p| listed().get(p))
            .filter(|(label, _)| *label == EntityLabel::Loc)
    });
    if let Some(&(label, list)) = place {
        return Some((start..start + head.len(), label, Some(list)));
    }
    if organisation(head) {
        return Some((start..start + head.len(), EntityLabel::Org, None));
    }
    if let Some(date) = [word, head].into_iter().find(|w| DATE_WORDS.contains(w)) {
        return Some((start..start + date.len(), EntityLabel::Date, None));
    }
    person(t, k, b).then_some((start..tok.end, EntityLabel::Per, None))
}

/// Words that end the one-word name of a company or an institution (`한국투자증권`, `삼성전자`,
/// `롯데백화점`, `서울중앙지검`, `대한항공`). Left out: endings that as often end a common
/// compound (`건설`, "construction": `주택건설`; `그룹`: `아이돌그룹`).
#[rustfmt::skip]
const ORG_ENDINGS: &[&str] = &[
    "증권", "전자", "백화점", "중공업", "항공", "제약", "은행", "법원", "지검", "지법", "대학교",
];
/// Common compounds with those endings (`중앙은행`, "central bank"; `지방법원`, "district court"):
/// no names alone.
#[rustfmt::skip]
const NOT_ORGANISATIONS: &[&str] = &[
    "유가증권", "중앙은행", "시중은행", "인터넷은행", "저축은행", "상업은행", "투자은행", "국책은행",
    "지방은행", "외국은행", "지방법원", "고등법원", "가정법원", "행정법원", "하급법원", "상급법원",
    "국립대학교", "사립대학교", "대형백화점", "다국적제약",
];

/// Whether the Hangul word `head` (particles taken off) names a company or an institution by its
/// ending: two or more syllables, then a word of [`ORG_ENDINGS`]; not after the prefixes "anti-",
/// "pro-" and "post-" (`반삼성전자`, "anti-Samsung Electronics").
fn organisation(head: &str) -> bool {
    !NOT_ORGANISATIONS.contains(&head)
        && !["반", "친", "탈"].iter().any(|p| head.starts_with(p))
        && ORG_ENDINGS.iter().any(|e| {
            head.strip_suffix(e)
                .is_some_and(|name| name.chars().count() >= 2)
        })
}

/// A surname and a given name of two syllables (one word, no particle) before a title.
fn person(t: &Tokens, k: usize, b: usize) -> bool {
    let word = t.s(k);
    let given = SURNAMES
        .iter()
        .find_map(|s| word.strip_prefix(s))
        .map_or(0, |g| g.chars().count());
    let last = word.chars().last().unwrap_or_default();
    // `한국인 선수` ("a Korean player"): a listed place and `-인` ("person of")
    let demonym = word
        .strip_suffix('인')
        .is_some_and(|place| listed().contains_key(place));
    if given != 2 || NOT_NAME_ENDINGS.contains(&last) || demonym {
        return false;
    }
    let mut n = k + 1;
    // `이재명 더불어민주당 대표`: a listed party, country or institution between name and title
    if n + 1 < b && listed().contains_key(t.s(n)) {
        n += 1;
    }
    if n < b && BEFORE_TITLE.contains(&t.s(n)) {
        n += 1;
    }
    n < b && t.get(n).is_some_and(|x| x.space_before) && is_with_particle(t.s(n), TITLES)
}

#[cfg(test)]
#[path = "korean_tests.rs"]
mod tests;
