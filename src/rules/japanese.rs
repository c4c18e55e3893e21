//! Japanese person names, which no model here reads (there is no Japanese entity corpus) and which
//! no capital letter marks: a common surname followed by a given name and an honorific or a title
//! (`岸田文雄首相`, `田中さん`), a two-character surname with a one- or two-character given name
//! before a particle (`吉田茂は`), an unlisted surname that looks like one before a title of people
//! (`豊田章男会長`), and foreign names in katakana joined by the middle dot
//! (`ジョー・バイデン`); and organisations: a katakana name before a company or institution word
//! (`アップル社`, `ソフトバンク銀行`, `トヨタ自動車`), or a katakana run that ends in one
//! (`ソニーグループ`, `セブン＆アイ・ホールディングス`), or after a legal form written first
//! (`株式会社ミナトテック`).
//!
//! Japanese is written without spaces, and the rule tokenizer gives every kana and kanji its own
//! token, so these rules walk characters.

use super::cjk_names::is_katakana;
use super::japanese_lists::{is_given_name, is_surname};
use super::scan::Hit;
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;
use std::borrow::Cow;

/// Honorifics and titles written right after a name.
#[rustfmt::skip]
const AFTER_NAME: &[&str] = &[
    "元首相", "首相", "総理", "官房長官", "外相", "財務相", "防衛相", "大臣", "長官", "知事", "市長", "町長", "社長", "会長", "総裁",
    "委員長", "幹事長", "理事長", "頭取", "学長", "監督", "裁判長", "裁判官", "弁護士", "院長", "所長", "副社長",
    "選手", "投手", "容疑者", "被告", "議員", "代表", "教授", "博士", "さん", "氏", "様", "君", "くん", "ちゃん",
];
/// Particles and marks that may follow a name.
#[rustfmt::skip]
const AFTER_BARE_NAME: &[&str] = &[
    "は", "が", "の", "と", "を", "に", "も", "や", "、", "。", "（", "(",
];
/// Kanji that end place, organisation and other words rather than given names (`田中町`).
#[rustfmt::skip]
const NOT_GIVEN: &[&str] = &[
    "町", "市", "県", "村", "区", "駅", "線", "川", "寺", "家", "社", "党", "会", "組", "屋", "店", "橋", "港", "島",
    "湖", "山", "谷", "通", "道", "館", "園", "校", "大", "製", "式", "氏", "様", "さ", "君", "首", "総", "知", "市",
    "監", "選", "容", "被", "議", "代", "教", "博", "元", "外", "財", "防", "長", "官",
];
/// Katakana loanwords that make a dotted katakana phrase a name of something else than a person
/// (`セントラル・リーグ`, `ホテル・コルテシア`, `インターナショナル・マネジメント・グループ`).
#[rustfmt::skip]
const NOT_PERSON_WORDS: &[&str] = &[
    "リーグ", "グループ", "ステージ", "ポイント", "ホテル", "クラブ", "センター", "シティ", "ホール", "タワー", "パーク", "ストリート",
    "ステーション", "カンパニー", "インターナショナル", "システム", "システムズ", "ネットワーク", "プロジェクト", "ゲーム", "ゲームズ", "ショー",
    "フェスティバル", "カップ", "チーム", "ユナイテッド", "セントラル", "ナショナル", "マネジメント", "エンターテインメント", "レコード", "レコーズ",
    "ミュージック", "スタジオ", "スタジアム", "アリーナ", "ビル", "ハウス", "ワールド", "サービス", "ホールディングス", "コーポレーション", "ジャパン",
    "テレビ", "ラジオ", "ニュース", "タイムズ", "ポスト", "ジャーナル", "マガジン", "ブックス", "プレス", "アカデミー", "スクール", "カレッジ",
    "ユニバーシティ", "ドライバ", "ドライバー", "エンジン", "モデル", "シリーズ", "バンド", "オーケストラ", "フェアリーズ", "スカイ", "ロード",
    "アベニュー", "ブリッジ", "アイランド", "ベイ", "ビーチ", "ヒルズ", "タウン", "ストア", "ショップ", "マーケット", "フード", "フーズ",
    "モーターズ", "エアライン", "エアラインズ", "ウォーズ", "ストーリー", "ファイナル",
];
/// Titles and honorifics after which an unlisted surname and given name count as a person
/// (`豊田章男会長`): those that follow people only (not `代表`, "national team", nor `大臣`,
/// which follows a ministry's name).
#[rustfmt::skip]
const AFTER_UNLISTED_NAME: &[&str] = &[
    "首相", "会長", "社長", "総裁", "委員長", "幹事長", "理事長", "頭取", "学長", "知事", "市長", "町長", "監督", "選手",
    "投手", "容疑者", "被告", "議員", "教授", "博士", "さん", "氏", "様", "裁判長", "裁判官", "弁護士", "副社長",
];
/// The kanji that most two-character Japanese surnames end with (`豊田`, `梶山`, `芦沢`).
#[rustfmt::skip]
const SURNAME_ENDINGS: &[&str] = &[
    "田", "山", "川", "木", "藤", "野", "村", "本", "井", "島", "原", "沢", "澤", "部", "谷", "崎", "岡", "口", "内",
    "上", "下", "松", "橋", "森", "林", "石", "尾", "浦", "瀬", "池", "宮", "坂", "江", "城", "畑", "岸", "塚", "倉",
    "浜", "間", "葉", "子", "辺", "吉", "寺", "永",
];
/// First kanji that make a word before a title something else than a surname: `同`, `前`, `新`
/// (`同大学教授`, "a professor of the same university"; `前社長`).
#[rustfmt::skip]
const NOT_SURNAME_START: &[&str] = &[
    "同", "前", "元", "新", "副", "現", "故", "各", "全", "両", "当", "旧", "次", "某", "本", "日", "米", "英", "中",
];
/// Last kanji of an institution or a place rather than a given name (`日本法人社長`, `東京都知事`).
#[rustfmt::skip]
const NOT_UNLISTED_GIVEN: &[&str] = &[
    "人", "府", "都", "業", "省", "庁", "局", "課", "学", "院", "所", "国", "界", "協", "連", "軍", "団", "部",
];
/// Longest given name written after the surname, in characters.
const MAX_GIVEN: usize = 3;

/// Kanji words that end the name of a company or an institution after a katakana name (not words
/// that also follow katakana common nouns: `テレビ放送`, "TV broadcast", `ゴム工業`, "rubber industry").
#[rustfmt::skip]
const ORG_AFTER_KATAKANA: &[&str] = &[
    "株式会社", "製作所", "銀行", "大学", "証券", "商事", "物産", "重工", "製薬", "電機", "財団", "社",
];
/// Katakana words that end the name of a company.
#[rustfmt::skip]
const ORG_KATAKANA_ENDINGS: &[&str] = &[
    "ホールディングス", "グループ", "コーポレーション", "カンパニー", "エアラインズ", "モーターズ",
];

/// Person and organisation hits in the Japanese sentences `[a, b)` of `t`.
pub(crate) fn names(t: &Tokens, a: usize, b: usize) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        let found = organisation(t, i, b)
            .or_else(|| legal_form_first(t, i, b))
            .map(|end| (end, EntityLabel::Org))
            .or_else(|| surname_name(t, i, b).map(|end| (end, EntityLabel::Per)))
            .or_else(|| unlisted_surname_name(t, i, b).map(|end| (end, EntityLabel::Per)))
            .or_else(|| katakana_name(t, i, b).map(|end| (end, EntityLabel::Per)));
        match found {
            Some((end, label)) => {
                out.push(Hit {
                    start: i,
                    end,
                    label,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The end of an organisation that starts with a katakana run at `i` (joined by `・` or `＆`
/// words): the run followed by a listed kanji word (`アップル社`), or a run whose last word is a
/// company word (`ソニーグループ`). The run must start a katakana word.
fn organisation(t: &Tokens, i: usize, b: usize) -> Option<usize> {
    if i > 0 && t.attached(i) && is_katakana_token(t, i - 1) {
        return None;
    }
    let k = katakana_run_end(t, i, b);
    if k - i < 2 {
        return None;
    }
    let run = chars(t, i, k - i);
    if ORG_KATAKANA_ENDINGS
        .iter()
        .any(|e| run.ends_with(e) && run.len() > e.len())
    {
        return Some(k);
    }
    let rest = chars(t, k, (k + 4).min(b).saturating_sub(k));
    let word = ORG_AFTER_KATAKANA
        .iter()
        .find(|w| rest.starts_with(*w) && t.attached(k))?;
    // `社` alone must end the word: not `社長` ("company president") or `社会` ("society")
    let n = word.chars().count();
    if *word == "社" && han_at(t, k + 1, b) && is_kanji(t.s(k + 1)) {
        return None;
    }
    Some(k + n)
}

/// Legal forms that Japanese also writes before the company's name (`株式会社ミナトテック`).
const LEGAL_FORMS_FIRST: &[&str] = &["株式会社", "有限会社", "合同会社"];

/// The end of a company whose legal form at `i` comes before its katakana name (`株式会社` +
/// `ナニワシステムズ`): the form and the katakana run right after it (joined by `・` or `＆`).
fn legal_form_first(t: &Tokens, i: usize, b: usize) -> Option<usize> {
    let rest = chars(t, i, (i + 4).min(b).saturating_sub(i));
    let form = LEGAL_FORMS_FIRST.iter().find(|f| rest.starts_with(*f))?;
    let start = i + form.chars().count();
    if !is_katakana_token(t, start) || !t.attached(start) {
        return None;
    }
    let k = katakana_run_end(t, start, b);
    (k - start >= 2).then_some(k)
}

/// The end of the katakana run starting at token `i`: katakana tokens touching each other, also
/// across a `・` or `＆` between two of them (`セブン＆アイ・ホールディングス`).
fn katakana_run_end(t: &Tokens, i: usize, b: usize) -> usize {
    let mut k = i;
    while k < b
        && (is_katakana_token(t, k)
            || (k > i && matches!(t.s(k), "・" | "＆") && is_katakana_token(t, k + 1)))
        && (k == i || t.attached(k))
    {
        k += 1;
    }
    k
}

/// The characters of tokens `[i, i + n)` as one string: a slice of the text when they touch (as
/// Han tokens mostly do, so the per-character surname look-up allocates nothing), else joined.
pub(crate) fn chars<'t>(t: &Tokens<'t>, i: usize, n: usize) -> Cow<'t, str> {
    let glued = (i + 1..i + n).all(|k| t.attached(k));
    let slice = t
        .span(i, i + n)
        .and_then(|(a, b)| t.text.get(a..b))
        .filter(|_| glued);
    match slice {
        Some(text) => Cow::Borrowed(text),
        None => Cow::Owned((i..i + n).map(|k| t.s(k)).collect()),
    }
}

/// Whether token `k` is a kanji (or kana) glued to the one before it.
fn han_at(t: &Tokens, k: usize, b: usize) -> bool {
    k < b && t.kind(k) == Some(Kind::Han) && t.attached(k)
}

/// Whether token `i` is glued to a kanji before it, which would make a surname there the end of
/// another word (`新田中`).
pub(crate) fn glued_to_kanji(t: &Tokens, i: usize) -> bool {
    i > 0 && t.attached(i) && t.kind(i - 1) == Some(Kind::Han) && is_kanji(t.s(i - 1))
}

fn is_kanji(s: &str) -> bool {
    s.chars().next().is_some_and(is_kanji_char)
}

/// Whether `c` is a kanji (or the repetition mark `々`).
pub(crate) fn is_kanji_char(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// The end of a name that starts with a listed surname at `i`, when a title or an honorific
/// follows it (given name or not), or a particle follows a two-character surname and a one- or
/// two-kanji given name, or any listed surname and a listed given name. The character before the surname must not be a kanji: it would make the
/// surname the end of another word (`新田中`).
fn surname_name(t: &Tokens, i: usize, b: usize) -> Option<usize> {
    if glued_to_kanji(t, i) {
        return None;
    }
    let surname_len = (1..=3).rev().find(|&n| {
        i + n <= b
            && (i..i + n).all(|k| t.kind(k) == Some(Kind::Han))
            && is_surname(&chars(t, i, n))
    })?;
    let mut best = None;
    for given in 0..=MAX_GIVEN {
        let end = i + surname_len + given;
        if given > 0 {
            let k = end - 1;
            if !han_at(t, k, b) || !is_kanji(t.s(k)) || NOT_GIVEN.contains(&t.s(k)) {
                break;
            }
        }
        let rest = chars(t, end, (end + 3).min(b).saturating_sub(end));
        let titled = AFTER_NAME.iter().any(|w| rest.starts_with(w)) && han_at(t, end, b);
        let before_particle = AFTER_BARE_NAME.iter().any(|w| rest.starts_with(w));
        let bare = surname_len >= 2 && (1..=2).contains(&given) && before_particle;
        // a listed given name after any listed surname (`林芳正が`, `森田浩二の`)
        let listed =
            given > 0 && before_particle && is_given_name(&chars(t, i + surname_len, given));
        if titled || bare || listed {
            best = Some(end);
        }
    }
    best
}

/// The end of a name whose surname is not listed (`豊田章男会長`): three or four kanji, not
/// preceded by a kanji, and followed by a title or an honorific of people only; its first
/// two kanji look like a surname (the second is a common last kanji of surnames, the first does not
/// make a word such as `同`, "the same"), and its last is no place or institution kanji.
fn unlisted_surname_name(t: &Tokens, i: usize, b: usize) -> Option<usize> {
    // a kanji glued to the one before it
    let next_kanji = |k: usize| han_at(t, k, b) && is_kanji(t.s(k));
    let first = i < b && t.kind(i) == Some(Kind::Han) && is_kanji(t.s(i));
    if glued_to_kanji(t, i) || !first || !(i + 1..i + 3).all(next_kanji) {
        return None;
    }
    let titled_at = |end: usize| {
        let rest = chars(t, end, (end + 3).min(b).saturating_sub(end));
        han_at(t, end, b) && AFTER_UNLISTED_NAME.iter().any(|w| rest.starts_with(w))
    };
    let end = if titled_at(i + 3) {
        i + 3
    } else if next_kanji(i + 3) && titled_at(i + 4) {
        i + 4
    } else {
        return None;
    };
    let last = t.s(end - 1);
    let plausible = !NOT_SURNAME_START.contains(&t.s(i))
        && SURNAME_ENDINGS.contains(&t.s(i + 1))
        && !NOT_GIVEN.contains(&last)
        && !NOT_UNLISTED_GIVEN.contains(&last);
    plausible.then_some(end)
}

pub(crate) fn is_katakana_token(t: &Tokens, k: usize) -> bool {
    t.kind(k) == Some(Kind::Han) && t.s(k).chars().next().is_some_and(is_katakana)
}

/// A foreign name: two or three katakana words of two or more characters joined by `・`
/// (`ジョー・バイデン`), not preceded or followed by more katakana.
fn katakana_name(t: &Tokens, i: usize, b: usize) -> Option<usize> {
    if i > 0 && t.attached(i) && is_katakana_token(t, i - 1) {
        return None;
    }
    let mut k = i;
    let mut words = 0;
    loop {
        let start = k;
        while k < b && is_katakana_token(t, k) && (k == start || t.attached(k)) {
            k += 1;
        }
        if k - start < 2 || NOT_PERSON_WORDS.contains(&chars(t, start, k - start).as_ref()) {
            return None;
        }
        words += 1;
        if words < 3 && k + 1 < b && t.s(k) == "・" && is_katakana_token(t, k + 1) {
            k += 1;
            continue;
        }
        break;
    }
    (words >= 2).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(text: &str, label: EntityLabel) -> Vec<String> {
        let t = Tokens::new(text);
        names(&t, 0, t.len())
            .iter()
            .filter(|h| h.label == label)
            .map(|h| (h.start..h.end).map(|k| t.s(k)).collect())
            .collect()
    }

    fn persons(text: &str) -> Vec<String> {
        names_of(text, EntityLabel::Per)
    }

    #[test]
    fn katakana_names_before_company_words_are_organisations() {
        let orgs = |text| names_of(text, EntityLabel::Org);
        assert_eq!(orgs("アップル社は新製品を発表した。"), ["アップル社"]);
        assert_eq!(orgs("ソニーグループの株価"), ["ソニーグループ"]);
        assert_eq!(
            orgs("ソフトバンク銀行に口座を開いた。"),
            ["ソフトバンク銀行"]
        );
        assert!(orgs("グループで行動する。").is_empty());
        assert!(orgs("テニス社会の変化").is_empty());
        assert!(orgs("スタイル社長が来た").is_empty());
        assert!(orgs("テレビ放送が終わった").is_empty());
        // the legal form before the name
        assert_eq!(
            orgs("株式会社ナニワシステムズは大阪の企業だ。"),
            ["株式会社ナニワシステムズ"]
        );
        assert!(orgs("株式会社の設立").is_empty());
    }

    #[test]
    fn surnames_with_a_title_or_a_particle_are_persons() {
        assert_eq!(persons("岸田文雄首相は会見した。"), ["岸田文雄"]);
        assert_eq!(persons("昨日、田中さんに会った。"), ["田中"]);
        assert_eq!(persons("吉田茂は首相を務めた。"), ["吉田茂"]);
        // surnames of the gimei list; a listed given name after a one-kanji listed surname
        assert_eq!(persons("会見で町田修は語った。"), ["町田修"]);
        assert_eq!(persons("青山和子が歌った。"), ["青山和子"]);
        assert_eq!(persons("会見で林太郎は語った。"), ["林太郎"]);
        assert_eq!(
            persons("ジョー・バイデン大統領が来日した。"),
            ["ジョー・バイデン"]
        );
    }

    #[test]
    fn unlisted_surnames_before_a_title_are_persons() {
        assert_eq!(
            persons("トヨタ自動車の豊田章男会長は会見した。"),
            ["豊田章男"]
        );
        assert_eq!(persons("梶山弘志氏が出席した。"), ["梶山弘志"]);
        assert_eq!(persons("日本銀行の植田和男総裁は会見した。"), ["植田和男"]);
        assert!(persons("日本銀行総裁が会見した。").is_empty());
        // a title after a place, an institution or a word that is no surname
        assert!(persons("東京都知事が発表した。").is_empty());
        assert!(persons("日本法人社長に就任した。").is_empty());
        assert!(persons("同大学教授によると").is_empty());
        assert!(persons("経済産業大臣が述べた。").is_empty());
        assert!(persons("千葉県知事選挙").is_empty());
        assert!(persons("代表取締役社長").is_empty());
    }

    #[test]
    fn surnames_inside_other_words_are_not() {
        assert!(persons("田中町の役場").is_empty());
        assert!(persons("新田中駅").is_empty());
        assert!(persons("林は深い。").is_empty());
        assert!(persons("スマートフォンを買った。").is_empty());
        assert!(persons("セントラル・リーグの試合").is_empty());
    }
}
