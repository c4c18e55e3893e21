//! Chinese persons named after a title or an occupation (`演員周潤發在香港出生`, "the actor Chow
//! Yun-fat was born in Hong Kong"; `国务院总理李强表示`). Chinese writes no space between the
//! title, the name and the verb after it, and the character model missed such names where the
//! title was an everyday noun (`演員`, `歌手`). A common surname right after a listed title, one or
//! two given characters, then a word boundary (punctuation, the end of the text, or a character
//! that begins the next word: `在`, `說`, `表示`, `的`...) is a person. The given characters are
//! no numerals or date characters, so `主席周三在` ("the chairman on Wednesday") names nobody.

use super::japanese::chars;
use super::scan::{one_of, Hit};
use super::token::{Kind, Tokens};
use crate::annotation::EntityLabel;

/// Titles and occupations written right before a person's name (simplified and traditional).
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "总统", "總統", "主席", "总理", "總理", "首相", "部长", "部長", "外长", "外長", "国务卿", "國務卿",
    "省长", "省長", "市长", "市長", "州长", "州長", "县长", "縣長", "董事长", "董事長", "总裁", "總裁",
    "主任", "教授", "博士", "医生", "醫生", "记者", "記者", "演员", "演員", "歌手", "导演", "導演",
    "作家", "球员", "球員", "教练", "教練", "主帅", "主帥", "将军", "將軍", "议员", "議員", "大使",
    "发言人", "發言人", "律师", "律師", "法官", "院长", "院長", "校长", "校長", "总经理", "總經理",
    "书记", "書記", "委员长", "委員長", "皇帝", "国王", "國王", "女王", "王子", "公主", "主持人",
    "画家", "畫家", "诗人", "詩人", "选手", "選手", "队长", "隊長", "总监", "總監", "创始人", "創始人",
];

/// Common surnames (simplified and traditional; compound ones first). Left out: characters that
/// are as often a word right after a title (`于` "at", `向` "to", `曾` "once", `任` "serve",
/// `和` "and", `高`, `方`, `金`, `万`, `史`, `白`, `田`, `石`, `江`, `龙`, `夏`, `武`, `毛`, `温`).
#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容",
    "夏侯", "王", "李", "张", "張", "刘", "劉", "陈", "陳", "杨", "楊", "黄", "黃", "赵", "趙", "吴",
    "吳", "周", "徐", "孙", "孫", "马", "馬", "朱", "胡", "郭", "何", "林", "罗", "羅", "郑", "鄭",
    "梁", "谢", "謝", "宋", "唐", "许", "許", "韩", "韓", "冯", "馮", "邓", "鄧", "曹", "彭", "肖",
    "蕭", "萧", "董", "袁", "潘", "蒋", "蔣", "蔡", "余", "杜", "叶", "葉", "程", "苏", "蘇", "魏",
    "吕", "呂", "丁", "沈", "姚", "卢", "盧", "姜", "崔", "钟", "鍾", "谭", "譚", "陆", "陸", "汪",
    "范", "廖", "贾", "賈", "韦", "韋", "邹", "鄒", "孟", "熊", "秦", "邱", "尹", "薛", "闫", "閻",
    "段", "侯", "陶", "黎", "贺", "賀", "顾", "顧", "郝", "龚", "龔", "邵", "钱", "錢", "严", "嚴",
    "戴", "莫", "孔", "汤", "湯", "古", "柯", "庄", "莊", "翁", "岳", "骆", "駱", "洪", "习", "習",
];

/// Characters that are no given name: numerals, date and time characters, and the title suffixes.
#[rustfmt::skip]
const NOT_GIVEN: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "日", "天", "年", "月", "号", "號",
    "时", "時", "的", "在", "是", "说", "說", "表", "和", "与", "與", "等", "们", "們",
];

/// Characters that begin the word after a name: verbs of saying and being, prepositions,
/// particles, adverbs.
#[rustfmt::skip]
const AFTER_NAME: &[&str] = &[
    "在", "是", "的", "说", "說", "表", "指", "称", "稱", "曾", "于", "於", "和", "与", "與", "也",
    "已", "将", "將", "等", "对", "對", "向", "从", "從", "为", "為", "被", "把", "今", "昨", "则",
    "則", "又", "都", "就", "还", "還", "仍", "亦", "会", "會", "获", "獲", "到", "访", "訪", "宣",
    "认", "認", "同", "及", "率", "出", "上", "近", "早", "日", "透", "强", "強", "接", "参", "參",
];

/// Longest title, in characters.
const MAX_TITLE: usize = 3;

/// Longest given name, in characters.
const MAX_GIVEN: usize = 2;

/// Person hits after a title in the Chinese sentence `[a, b)` of `t`.
pub(crate) fn persons(t: &Tokens, a: usize, b: usize) -> Vec<Hit> {
    let han = |k: usize| k < b && t.kind(k) == Some(Kind::Han);
    let glued = |k: usize| han(k) && t.attached(k);
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        // no two titles of different lengths start alike, so the longest match is the match
        let title = (2..=MAX_TITLE)
            .rev()
            .find(|&n| han(i) && (i + 1..i + n).all(glued) && one_of(&chars(t, i, n), TITLES));
        let Some(n) = title else {
            i += 1;
            continue;
        };
        let start = i + n;
        match name_after(t, start, b) {
            Some(end) => {
                out.push(Hit {
                    start,
                    end,
                    label: EntityLabel::Per,
                });
                i = end;
            }
            None => i = start,
        }
    }
    out
}

/// The end of a name starting at `start` with a listed surname, when a word boundary follows
/// its one or two given characters (two tried first).
fn name_after(t: &Tokens, start: usize, b: usize) -> Option<usize> {
    let glued = |k: usize| k < b && t.kind(k) == Some(Kind::Han) && t.attached(k);
    let surname = (1..=2)
        .rev()
        .find(|&n| (start..start + n).all(glued) && one_of(&chars(t, start, n), SURNAMES))?;
    let given_start = start + surname;
    (1..=MAX_GIVEN).rev().find_map(|given| {
        let end = given_start + given;
        let names = (given_start..end).all(|k| glued(k) && !one_of(t.s(k), NOT_GIVEN));
        let boundary = end >= b
            || t.kind(end) == Some(Kind::Punct)
            || !t.attached(end)
            || (glued(end) && one_of(t.s(end), AFTER_NAME));
        (names && boundary).then_some(end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        persons(&t, 0, t.len())
            .iter()
            .map(|h| chars(&t, h.start, h.end - h.start).into_owned())
            .collect()
    }

    #[test]
    fn titles_fit_the_look_up() {
        assert!(TITLES
            .iter()
            .all(|w| (2..=MAX_TITLE).contains(&w.chars().count())));
    }

    #[test]
    fn a_surname_after_a_title_starts_a_person() {
        assert_eq!(names("演員周潤發在香港出生。"), ["周潤發"]);
        assert_eq!(names("歌手古巨基於2006年得獎。"), ["古巨基"]);
        assert_eq!(names("国务院总理李强表示，经济稳定。"), ["李强"]);
        assert_eq!(names("记者王明在北京报道。"), ["王明"]);
        assert_eq!(names("主持人歐陽夏丹，"), ["歐陽夏丹"]);
    }

    #[test]
    fn no_person_without_a_surname_and_a_boundary() {
        // a weekday after the title
        assert!(names("主席周三在北京会见了代表团。").is_empty());
        // no listed surname after the title
        assert!(names("总统府发表声明。").is_empty());
        assert!(names("美国总统特朗普说").is_empty());
        // the characters after the name run on into a word
        assert!(names("教练组成员").is_empty());
    }
}
