//! The lists of Japanese names that the person rules of `japanese.rs` read: common surnames
//! written for this project (the most frequent ones and those of recent prime ministers), and the
//! surnames and given names of the gimei package (`japanese_names.txt`, MIT licence, written by
//! `scripts/gen_japanese_names.py`). A surname and a given name that are both listed make a
//! person before a particle even without a title (`森田浩二の`).

use std::collections::HashSet;
use std::sync::OnceLock;

/// Common Japanese surnames (the most frequent ones and those of recent prime ministers).
#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上",
    "木村", "斎藤", "清水", "山崎", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田",
    "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦",
    "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田", "石田", "森田", "上田", "内田", "柴田", "酒井", "宮崎", "横山",
    "高木", "安藤", "宮本", "大野", "小島", "谷口", "今井", "工藤", "高田", "増田", "丸山", "杉山", "村田", "大塚", "新井", "小山",
    "平野", "藤本", "河野", "上野", "野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野", "野村", "松尾", "市川",
    "菊地", "杉本", "古川", "大西", "島田", "水野", "桜井", "高野", "渡部", "吉川", "山内", "西田", "飯田", "菊池", "西川", "小松",
    "北村", "安田", "五十嵐", "川口", "平田", "中田", "久保田", "服部", "岩田", "土屋", "川崎", "福島", "本田", "樋口", "秋山",
    "田口", "永井", "山中", "中西", "吉村", "川上", "石原", "大橋", "松岡", "馬場", "浜田", "森本", "星野", "矢野", "浅野", "大久保",
    "松下", "岸田", "安倍", "石破", "小泉", "麻生", "野田", "鳩山", "菅", "岸", "林", "森",
];

/// The gimei lists: `S<TAB>name` surnames (those of two kanji or more are read), `G<TAB>name`
/// given names.
const GIMEI: &str = include_str!("japanese_names.txt");

/// The surnames and the given names, built on first use.
fn lists() -> &'static (HashSet<&'static str>, HashSet<&'static str>) {
    static LISTS: OnceLock<(HashSet<&'static str>, HashSet<&'static str>)> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut surnames: HashSet<&'static str> = SURNAMES.iter().copied().collect();
        let mut given = HashSet::new();
        for line in GIMEI.lines().filter(|l| !l.starts_with('#')) {
            match line.split_once('\t') {
                // a one-kanji surname of gimei's (`東`, `原`) starts too many words
                Some(("S", name)) if name.chars().count() >= 2 => {
                    surnames.insert(name);
                }
                Some(("G", name)) => {
                    given.insert(name);
                }
                _ => {}
            }
        }
        (surnames, given)
    })
}

/// Whether `name` is a listed Japanese surname (`田中`, `富田`).
pub(crate) fn is_surname(name: &str) -> bool {
    lists().0.contains(name)
}

/// Whether `name` is a listed Japanese given name (`浩二`, `恵子`).
pub(crate) fn is_given_name(name: &str) -> bool {
    lists().1.contains(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_hold_names() {
        assert!(is_surname("田中") && is_surname("岸田"));
        assert!(is_given_name("浩二") && !is_given_name("明治"));
        assert!(!is_surname("東京"));
    }
}
