//! Japanese companies named by a place or a group and what they do: `九州電力` (Kyushu + electric
//! power), `三菱電機` (Mitsubishi + electric machines), `住友金属鉱山` (Sumitomo + metal + mining),
//! and railway companies written with Latin letters before a region: `JR九州`, `NTT東日本`. The
//! lists know the place or the group; the company word glued after it makes the whole an
//! organisation. Words that also follow a country in everyday phrases (`日本自動車市場`, the
//! Japanese car market; `工業`, `食品`) are left out. A listed town with a katakana name glued
//! after it is a club or a company too (`千葉ジェッツ`, `名古屋グランパス`, `大阪メトロ`), unless
//! the katakana names a place, an event or a product (`東京ドーム`, `大阪マラソン`).

use super::japanese::chars;
use super::scan::Hit;
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// Company words glued after a listed place or group; several may follow each other
/// (`金属` + `鉱山`), and a university word may end them (`九州工業大学` is not matched: `工業` is
/// not here).
#[rustfmt::skip]
const COMPANY_WORDS: &[&str] = &[
    "重工業", "製作所", "電力", "電機", "電気", "電工", "重工", "商事", "物産", "製薬", "証券", "銀行", "電鉄",
    "鉄道", "地所", "汽船", "金属", "鉱山", "製鉄", "精機", "化学", "建設", "ガス", "航空", "放送", "大学",
    // prefectural police: `大阪府` + `警`, `神奈川県` + `警`
    "警",
];

/// ORG hits for the companies in the Japanese sentence `[a, b)` of `t` (see the module comment),
/// from the list hits `gaz`.
pub(crate) fn companies(t: &Tokens, a: usize, b: usize, gaz: &[Hit]) -> Vec<Hit> {
    let mut out = Vec::new();
    for h in gaz.iter().filter(|h| a <= h.start && h.end < b) {
        if !matches!(h.label, EntityLabel::Loc | EntityLabel::Org) {
            continue;
        }
        // `JR` + `九州`: letters naming a group, then a listed place glued to them
        let latin = h.label == EntityLabel::Org
            && (h.start..h.end).all(|k| t.kind(k) == Some(Kind::Word) && is_capitals(t.s(k)));
        let mut end = h.end;
        if latin && t.attached(end) {
            if let Some(place) = gaz
                .iter()
                .find(|g| g.start == end && g.label == EntityLabel::Loc && g.end <= b)
            {
                end = place.end;
            }
        }
        // `九州` + `電力`, `住友` + `金属` + `鉱山`
        while end < b && t.attached(end) {
            let word = COMPANY_WORDS.iter().find(|w| {
                let n = w.chars().count();
                end + n <= b && chars(t, end, n) == **w
            });
            match word {
                Some(w) => end += w.chars().count(),
                None => break,
            }
        }
        // `千葉` + `ジェッツ`, `名古屋` + `グランパス`: a club or a company named by its town
        if end == h.end && h.label == EntityLabel::Loc {
            end = katakana_name_after(t, end, b).unwrap_or(end);
        }
        if end > h.end {
            out.push(Hit {
                start: h.start,
                end,
                label: EntityLabel::Org,
            });
        }
    }
    out
}

/// Katakana words after a town that name a place, an event or a product of the town rather than
/// a club or a company (`東京ドーム`, `大阪マラソン`, `札幌ラーメン`), as the last word of the run.
#[rustfmt::skip]
const NOT_CLUB_ENDINGS: &[&str] = &[
    "ドーム", "タワー", "スカイツリー", "アリーナ", "スタジアム", "ホール", "センター", "ビル", "ホテル", "パーク",
    "ランド", "ステーション", "ターミナル", "ゲート", "ベイ", "エリア", "ライン", "オリンピック", "パラリンピック",
    "マラソン", "モーターショー", "ショー", "フェス", "ラーメン", "カレー", "ビーフ", "ワイン", "ビール",
    "スタイル", "マップ", "ツアー", "シティ",
];

/// The end of a katakana run of three characters or more glued at `k`, not followed by more
/// kanji or by a middle dot, whose end names no place, event or product (`NOT_CLUB_ENDINGS`).
fn katakana_name_after(t: &Tokens, k: usize, b: usize) -> Option<usize> {
    let mut e = k;
    while e < b && t.attached(e) && super::japanese::is_katakana_token(t, e) {
        e += 1;
    }
    let run = chars(t, k, e - k);
    let glued_kanji = e < b
        && t.attached(e)
        && t.s(e)
            .chars()
            .next()
            .is_some_and(super::japanese::is_kanji_char);
    // `大阪市スポーツ・みどり振興協会`: the run goes on past a middle dot
    let joined = e < b && matches!(t.s(e), "・" | "＝" | "＆");
    let other = joined || NOT_CLUB_ENDINGS.iter().any(|w| run.ends_with(w));
    (e - k >= 3 && !glued_kanji && !other).then_some(e)
}

/// Whether `word` is two or more capital Latin letters (`JR`, `NTT`, `JA`).
fn is_capitals(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ORG hits found in `text` given list hits on `listed` (name, label).
    fn found(text: &str, listed: &[(&str, EntityLabel)]) -> Vec<String> {
        let t = Tokens::new(text);
        let mut gaz = Vec::new();
        for &(name, label) in listed {
            let n = Tokens::new(name).len();
            for i in 0..t.len() {
                if t.span(i, i + n).and_then(|(x, y)| text.get(x..y)) == Some(name) {
                    gaz.push(Hit {
                        start: i,
                        end: i + n,
                        label,
                    });
                }
            }
        }
        crate::rules::tests::hit_texts(&t, &companies(&t, 0, t.len(), &gaz))
    }

    #[test]
    fn places_and_groups_with_company_words() {
        let listed = [
            ("九州", EntityLabel::Loc),
            ("住友", EntityLabel::Org),
            ("JR", EntityLabel::Org),
            ("日本", EntityLabel::Loc),
        ];
        assert_eq!(found("九州電力が復旧を急ぐ。", &listed), vec!["九州電力"]);
        assert_eq!(
            found("住友金属鉱山から調達する。", &listed),
            vec!["住友金属鉱山"]
        );
        assert_eq!(found("JR九州は運転を見合わせた。", &listed), vec!["JR九州"]);
        let osaka = [("大阪府", EntityLabel::Loc)];
        assert_eq!(found("大阪府警によると", &osaka), vec!["大阪府警"]);
        assert!(found("日本自動車市場は伸びた。", &listed).is_empty());
        // a club named by its town; not a place, an event or a dish of the town
        let chiba = [("千葉", EntityLabel::Loc)];
        assert_eq!(
            found("千葉ジェッツが勝った。", &chiba),
            vec!["千葉ジェッツ"]
        );
        assert!(found(
            "千葉ドームで千葉マラソンの後に千葉ラーメンを食べた。",
            &chiba
        )
        .is_empty());
        assert!(found("千葉スポーツ・文化協会", &chiba).is_empty());
    }
}
