//! Chinese organisations named after a place: a place from a gazetteer followed, in the same run of
//! Han characters, by an organisation suffix ("北京电影学院", "天津市公安局", "加拿大地質調查局").
//! 政府 (government) is no such suffix: UNER Chinese writes "香港政府" as the place 香港 and an
//! untagged 政府 (22 times in its training split, against 3 spans ending in 政府).
//!
//! Chinese has no spaces, so the place gives the left edge and the suffix the right edge; a function
//! character (的, 在, 和, ...) or any non-Han token between them breaks the pattern.

use super::scan::Hit;
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// Organisation suffixes, simplified and traditional, longest first within each length.
const SUFFIXES: &[&str] = &[
    "委员会",
    "委員會",
    "检察院",
    "檢察院",
    "研究院",
    "研究所",
    "电视台",
    "電視台",
    "大使馆",
    "大使館",
    "大学",
    "大學",
    "学院",
    "學院",
    "银行",
    "銀行",
    "公司",
    "集团",
    "集團",
    "医院",
    "醫院",
    "法院",
    "协会",
    "協會",
    "中学",
    "中學",
    "小学",
    "小學",
    "日报",
    "日報",
    "航空",
    "局",
    "厅",
    "廳",
    "署",
    "队",
    "隊",
    // Japanese: courts (`東京地方裁判所`, `大阪地裁`), weather offices, committees, prefectural
    // police and town halls
    "裁判所",
    "地裁",
    "高裁",
    "家裁",
    "気象台",
    "委員会",
    "県警",
    "府警",
    "警察署",
    "市役所",
    "区役所",
];
/// Common words that begin with a one-character suffix: `局势` "situation", `局面`, `局部`
/// "partial", `局限` "limit", `署名` "signature".
const SUFFIX_WORDS: &[&str] = &["局势", "局勢", "局面", "局部", "局限", "署名"];
/// Characters that end the run: particles, conjunctions, prepositions, verbs of being (Chinese),
/// and the Japanese case particles (`ヨーロッパ各国の航空` is "the airlines of European countries").
const BREAKS: &[&str] = &[
    "的", "在", "和", "与", "與", "及", "是", "了", "对", "對", "向", "从", "從", "到", "于", "於",
    "为", "為", "把", "被", "将", "將", "也", "都", "并", "並", "或", "等", "说", "說", "将", "年",
    "月", "日", "の", "が", "は", "を", "に", "で", "と", "も", "へ",
];
/// Most Han characters between the place and the suffix.
const MAX_GAP: usize = 8;

/// Whether a place hit in Han text names a language instead: the place is followed, in the same run
/// of Han characters, by 語 or 语 ("language"), as in 孟加拉語 (Bengali). Language names are not
/// entities (UNER and CoNLL guidelines alike).
pub(crate) fn names_a_language(t: &Tokens, h: &Hit) -> bool {
    h.label == EntityLabel::Loc
        && h.end > h.start
        && t.kind(h.end - 1) == Some(Kind::Han)
        && t.kind(h.end) == Some(Kind::Han)
        && t.attached(h.end)
        && matches!(t.s(h.end), "語" | "语")
}

/// Whether a list hit is part of a longer katakana word: `タイ` (Thailand) inside `タイトル`
/// ("title"), `ドバイ` inside `アドバイザー` ("adviser"). Katakana writes a loanword as one run,
/// so a name that continues into more katakana (or the long-vowel mark `ー`) on either side is only
/// a piece of another word; the middle dot `・` separates words and ends a run.
pub(crate) fn inside_katakana_word(t: &Tokens, h: &Hit) -> bool {
    let katakana =
        |k: usize| t.kind(k) == Some(Kind::Han) && t.s(k).chars().next().is_some_and(is_katakana);
    h.end > h.start
        && ((katakana(h.start) && h.start > 0 && t.attached(h.start) && katakana(h.start - 1))
            || (katakana(h.end - 1) && t.attached(h.end) && katakana(h.end)))
}

/// Katakana letters and the long-vowel mark (not the word-separating middle dot `・`), full and
/// half width.
pub(crate) fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// US states, Indian states and the like written in katakana with `州` (`カンザス州`,
/// `ノースカロライナ州`): a place, the `州` included, in the Japanese sentences `[a, b)`. The run
/// must start a katakana word; `州立` ("state-run", `カンザス州立大学`) is left to the words after
/// it.
pub(crate) fn katakana_states(t: &Tokens, a: usize, b: usize) -> Vec<Hit> {
    let katakana = |k: usize| super::japanese::is_katakana_token(t, k);
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        let mut k = i;
        while k < b && katakana(k) && (k == i || t.attached(k)) {
            k += 1;
        }
        let starts_word = !(i > a && t.attached(i) && katakana(i - 1));
        let state = k - i >= 2
            && starts_word
            && k < b
            && t.s(k) == "州"
            && t.attached(k)
            && !(k + 1 < b && t.s(k + 1) == "立" && t.attached(k + 1));
        if state {
            out.push(Hit {
                start: i,
                end: k + 1,
                label: EntityLabel::Loc,
            });
        }
        i = k.max(i + 1);
    }
    out
}

/// Japanese administrative suffixes that a listed place takes as part of its name (`豊田市`,
/// `世田谷区`, `白川村`), and what may not follow each: then the suffix opens another word
/// (`東京市場`, a market; `港区別`; `県立`, `市立`: a prefectural or municipal institution's name).
const ADMIN_SUFFIXES: &[(&str, &[&str])] = &[
    ("市", &["場", "立", "販", "街", "況"]),
    ("県", &["立", "内外"]),
    ("府", &["立"]),
    ("町", &["立", "並"]),
    ("村", &["立"]),
    ("区", &["立", "別", "分", "間", "域"]),
    ("郡", &[]),
];

/// LOC hits widening a listed Japanese place in kanji to the administrative suffix right after
/// it (`豊田` + `市`), in the sentence `[a, b)`.
pub(crate) fn places_with_suffixes(t: &Tokens, a: usize, b: usize, gaz: &[Hit]) -> Vec<Hit> {
    let kanji = |k: usize| t.s(k).chars().all(super::japanese::is_kanji_char);
    gaz.iter()
        .filter(|h| h.label == EntityLabel::Loc && a <= h.start && h.end < b)
        .filter(|h| (h.start..h.end).all(kanji) && t.attached(h.end))
        .filter_map(|h| {
            let (_, barred) = ADMIN_SUFFIXES.iter().find(|(s, _)| *s == t.s(h.end))?;
            let next = h.end + 1;
            let opens_word = next < b
                && t.attached(next)
                && barred
                    .iter()
                    .any(|w| super::japanese::chars(t, next, w.chars().count()) == *w);
            let already = ADMIN_SUFFIXES.iter().any(|(s, _)| t.s(h.end - 1) == *s);
            (!opens_word && !already).then_some(Hit {
                start: h.start,
                end: next,
                label: EntityLabel::Loc,
            })
        })
        .collect()
}

/// ORG hits extending LOC gazetteer hits in Han text.
pub(crate) fn place_organisations(t: &Tokens, gaz: &[Hit]) -> Vec<Hit> {
    let mut out = Vec::new();
    for h in gaz.iter().filter(|h| h.label == EntityLabel::Loc) {
        if !(h.start..h.end).all(|k| t.kind(k) == Some(Kind::Han)) {
            continue;
        }
        // the Han run after the place, up to the first break
        let mut run = String::new();
        let mut ends = Vec::new();
        let mut k = h.end;
        while k < h.end + MAX_GAP + 3
            && t.kind(k) == Some(Kind::Han)
            && t.attached(k)
            && !BREAKS.contains(&t.s(k))
        {
            run.push_str(t.s(k));
            k += 1;
            ends.push((run.len(), k));
        }
        // the longest name: "北京航空航天大学", not "北京航空"; a suffix character that begins a
        // title (署長 "director", 局长) ends no name: "軍需署署長" is 軍需署 and its director
        let hit_end = ends.iter().rev().find_map(|&(len, end)| {
            let prefix = run.get(..len)?;
            if matches!(t.s(end), "長" | "长") && t.attached(end) {
                return None;
            }
            // nor one that begins a common word: 乌克兰局势 is "the situation in Ukraine"
            let word = [t.s(end - 1), t.s(end)].concat();
            if t.attached(end) && SUFFIX_WORDS.contains(&word.as_str()) {
                return None;
            }
            SUFFIXES
                .iter()
                .any(|suf| prefix.ends_with(suf))
                .then_some(end)
        });
        if let Some(end) = hit_end {
            out.push(Hit {
                start: h.start,
                end,
                label: EntityLabel::Org,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orgs(text: &str, place: &str) -> Vec<String> {
        let t = Tokens::new(text);
        let mut gaz = Vec::new();
        let n = place.chars().count();
        for i in 0..t.len() {
            let s: String = (i..i + n).map(|k| t.s(k)).collect();
            if s == place {
                gaz.push(Hit {
                    start: i,
                    end: i + n,
                    label: EntityLabel::Loc,
                });
            }
        }
        crate::rules::tests::hit_texts(&t, &place_organisations(&t, &gaz))
    }

    /// What `test` says of each place hit of `place` in `text`.
    fn each_hit(text: &str, place: &str, test: fn(&Tokens, &Hit) -> bool) -> Vec<bool> {
        let t = Tokens::new(text);
        let n = place.chars().count();
        (0..t.len())
            .filter(|&i| (i..i + n).map(|k| t.s(k)).collect::<String>() == place)
            .map(|i| {
                let hit = Hit {
                    start: i,
                    end: i + n,
                    label: EntityLabel::Loc,
                };
                test(&t, &hit)
            })
            .collect()
    }

    fn language_names(text: &str, place: &str) -> Vec<bool> {
        each_hit(text, place, names_a_language)
    }

    #[test]
    fn a_place_before_the_word_for_language_is_a_language_name() {
        assert_eq!(language_names("他說孟加拉語。", "孟加拉"), [true]);
        assert_eq!(language_names("他说孟加拉语", "孟加拉"), [true]);
        assert_eq!(language_names("他去孟加拉旅行", "孟加拉"), [false]);
        assert_eq!(language_names("孟加拉 語", "孟加拉"), [false]);
        assert_eq!(language_names("孟加拉", "孟加拉"), [false]);
    }

    fn katakana_pieces(text: &str, place: &str) -> Vec<bool> {
        each_hit(text, place, inside_katakana_word)
    }

    #[test]
    fn a_place_inside_a_longer_katakana_word_is_no_hit() {
        assert_eq!(katakana_pieces("新しいタイトルです", "タイ"), [true]);
        assert_eq!(katakana_pieces("アドバイザーに", "ドバイ"), [true]);
        assert_eq!(katakana_pieces("スタイル", "タイ"), [true]);
        assert_eq!(katakana_pieces("タイとベトナム", "タイ"), [false]);
        assert_eq!(katakana_pieces("タイ・バンコク", "タイ"), [false]);
        assert_eq!(katakana_pieces("東京のタイ料理", "タイ"), [false]);
    }

    #[test]
    fn place_plus_suffix_is_an_organisation() {
        assert_eq!(orgs("他在北京电影学院学习。", "北京"), vec!["北京电影学院"]);
        assert_eq!(orgs("天津市公安局宣布", "天津"), vec!["天津市公安局"]);
        assert!(orgs("双方就乌克兰局势交换了意见", "乌克兰").is_empty());
        assert!(orgs("天津市政府宣布", "天津").is_empty());
        assert!(orgs("ヨーロッパの航空会社", "ヨーロッパ").is_empty());
        assert_eq!(
            orgs("南京國民政府軍政部軍需署署長", "南京"),
            vec!["南京國民政府軍政部軍需署"]
        );
        assert_eq!(orgs("北京市公安局局长说", "北京"), vec!["北京市公安局"]);
        assert_eq!(orgs("北京航空航天大学的", "北京"), vec!["北京航空航天大学"]);
        assert_eq!(
            orgs("加拿大地質調查局表示", "加拿大"),
            vec!["加拿大地質調查局"]
        );
        assert!(orgs("北京的大学很多", "北京").is_empty());
        assert!(orgs("北京 大学", "北京").is_empty());
        assert!(orgs("北京西部", "北京").is_empty());
        // Japanese courts and police
        assert_eq!(
            orgs("東京地方裁判所は判決を言い渡した。", "東京"),
            vec!["東京地方裁判所"]
        );
        assert_eq!(orgs("大阪地裁で", "大阪"), vec!["大阪地裁"]);
        assert_eq!(orgs("神奈川県警によると", "神奈川"), vec!["神奈川県警"]);
    }

    #[test]
    fn katakana_states_are_places() {
        let states = |text: &str| {
            let t = Tokens::new(text);
            katakana_states(&t, 0, t.len())
                .iter()
                .map(|h| (h.start..h.end).map(|k| t.s(k)).collect::<String>())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            states("米ノースカロライナ州に工場を建てる。"),
            ["ノースカロライナ州"]
        );
        assert_eq!(
            states("カンザス州とテキサス州"),
            ["カンザス州", "テキサス州"]
        );
        assert!(states("カンザス州立大学の研究").is_empty());
        assert!(states("欧州連合").is_empty());
        assert!(states("ア州").is_empty());
    }

    #[test]
    fn japanese_places_take_their_administrative_suffix() {
        let suffixed = |text: &str, place: &str| {
            let t = Tokens::new(text);
            let at = text.find(place);
            let Some(start) = (0..t.len()).find(|&k| t.span(k, k + 1).map(|s| s.0) == at) else {
                return Vec::new();
            };
            let gaz = [Hit {
                start,
                end: start + place.chars().count(),
                label: EntityLabel::Loc,
            }];
            places_with_suffixes(&t, 0, t.len(), &gaz)
                .iter()
                .filter_map(|h| t.span(h.start, h.end).and_then(|(x, y)| text.get(x..y)))
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(suffixed("豊田市の工場で火災", "豊田"), vec!["豊田市"]);
        assert_eq!(suffixed("白川村に雪", "白川"), vec!["白川村"]);
        assert!(suffixed("東京市場が開いた", "東京").is_empty());
        assert!(suffixed("豊田市立病院", "豊田").is_empty());
        assert!(suffixed("愛知県で", "愛知県").is_empty());
    }
}
