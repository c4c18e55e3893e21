//! Traditional vs simplified Chinese: a small hand-written table of frequent characters whose
//! simplified and traditional forms differ, used to fill `Detection::variant` for Chinese text.
//!
//! Only pairs where neither form is also normal in the other writing are listed (so 后/後, 里/裡,
//! 台/臺, 于/於, 干/幹, 范/範 are left out: the simplified form is a word of its own in
//! traditional text too).

/// Simplified forms; `TRADITIONAL` holds the traditional form at the same char position.
const SIMPLIFIED: &str = "这个们来时说国会对为学发经过还动点现种实长开关问间门机两样见东产业电车书话让认语员题听应从进与无专万义乐习买卖亚价众优传伤体侧儿党写军农减击则刚创别剧办务劳势区医华单卫历压厅县参双变号园围图场坏块声处备头夺奋妇孙宝审宪导层岁岛币师带帮广庆库废张弹归录总恶惊战户执护报拥择挥损换据数断显晓条极构标树检权欢气汇没济测浓湾满灭灵热爱状独猎环画疗监盘矿码础确礼离积称税稳竞笔签级线组结统给继续维综网罗职联聪脑节药营虽补装观规视览计记许论设证评识诉译试诗该详误请调谈谁负贡财责质购贸费资赛赶践转轻较边达运远连选递邮郑针钱铁银锋错键闻队阳际陆险随难须顺领频额风飞饭马验鱼鸟齐龙么亿";

/// Traditional forms, position by position with `SIMPLIFIED`.
const TRADITIONAL: &str = "這個們來時說國會對為學發經過還動點現種實長開關問間門機兩樣見東產業電車書話讓認語員題聽應從進與無專萬義樂習買賣亞價眾優傳傷體側兒黨寫軍農減擊則剛創別劇辦務勞勢區醫華單衛歷壓廳縣參雙變號園圍圖場壞塊聲處備頭奪奮婦孫寶審憲導層歲島幣師帶幫廣慶庫廢張彈歸錄總惡驚戰戶執護報擁擇揮損換據數斷顯曉條極構標樹檢權歡氣匯沒濟測濃灣滿滅靈熱愛狀獨獵環畫療監盤礦碼礎確禮離積稱稅穩競筆簽級線組結統給繼續維綜網羅職聯聰腦節藥營雖補裝觀規視覽計記許論設證評識訴譯試詩該詳誤請調談誰負貢財責質購貿費資賽趕踐轉輕較邊達運遠連選遞郵鄭針錢鐵銀鋒錯鍵聞隊陽際陸險隨難須順領頻額風飛飯馬驗魚鳥齊龍麼億";

/// Japanese-only kanji: shinjitai forms and kokuji that are standard in neither simplified nor
/// traditional Chinese (県, 駅, 売, 込...). A kana-less line that has them is Japanese.
const JAPANESE_ONLY: &str = "県広駅売読続実図気楽薬戦単営栄鉄転伝発様権歳関総応経験検険対帰処拠聴徳黒恵渋沢浜辺込峠畑円両隠縁穏価観稲乗収従涙緑帯毎歩仏払仮亜悪圧囲塩桜絵拡覚巻勧歓挙暁駆掲渓継軽鶏撃剣圏厳鉱済砕斎剤雑桟賛歯児釈獣縦粛奨焼証浄剰畳縄壌嬢譲醸寝粋酔髄瀬斉摂専銭繊荘捜挿巣騒増蔵臓滝択弾遅昼鋳庁徴勅逓闘弐悩覇廃拝髪抜塀変舗豊黙訳揺謡頼覧竜猟塁戻霊齢録枠匂栃";

/// Simplified forms from `SIMPLIFIED` that are also standard Japanese (国, 会, 学...): they do
/// not tell Chinese from Japanese.
const SHARED_WITH_JAPANESE: &str = "来国会学点与万区医号声参双体写党宝数断条没状独画礼称税装践";

/// Counts of variant-specific characters in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VariantCounts {
    /// Characters found only in simplified writing.
    pub simplified: usize,
    /// Characters found only in traditional writing.
    pub traditional: usize,
    /// Characters found only in Japanese writing.
    pub japanese: usize,
    /// Simplified-only characters that Japanese does not use either.
    pub chinese_simplified: usize,
}

/// Bits of [`lists_of`]: which of the lists above a character is on.
const IN_SIMPLIFIED: u8 = 1;
const IN_TRADITIONAL: u8 = 2;
const IN_JAPANESE_ONLY: u8 = 4;
const IN_SHARED_WITH_JAPANESE: u8 = 8;

/// Which of the lists a character is on, from a map built on first use: counting used to search
/// the lists' text for every Han character of a document (up to five scans of 750 bytes each),
/// a twentieth of the time to annotate Chinese text.
fn lists_of(c: char) -> u8 {
    static LISTS: std::sync::OnceLock<std::collections::HashMap<char, u8>> =
        std::sync::OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        for (list, bit) in [
            (SIMPLIFIED, IN_SIMPLIFIED),
            (TRADITIONAL, IN_TRADITIONAL),
            (JAPANESE_ONLY, IN_JAPANESE_ONLY),
            (SHARED_WITH_JAPANESE, IN_SHARED_WITH_JAPANESE),
        ] {
            for c in list.chars() {
                *map.entry(c).or_insert(0) |= bit;
            }
        }
        map
    });
    lists.get(&c).copied().unwrap_or(0)
}

/// Counts simplified-only and traditional-only characters in `text`.
pub fn count(text: &str) -> VariantCounts {
    let mut counts = VariantCounts::default();
    for c in text.chars() {
        if (c as u32) < 0x4E00 {
            continue;
        }
        let on = lists_of(c);
        let (simplified, traditional) = (on & IN_SIMPLIFIED != 0, on & IN_TRADITIONAL != 0);
        if simplified && !traditional {
            counts.simplified += 1;
            counts.chinese_simplified += usize::from(on & IN_SHARED_WITH_JAPANESE == 0);
        } else if traditional && !simplified {
            counts.traditional += 1;
        } else if on & IN_JAPANESE_ONLY != 0 {
            counts.japanese += 1;
        }
    }
    counts
}

/// `Some("zh-Hans")` or `Some("zh-Hant")` when the text leans one way, `None` when it has no
/// variant-specific characters or as many of each.
pub fn variant(counts: VariantCounts) -> Option<&'static str> {
    use std::cmp::Ordering;
    match counts.simplified.cmp(&counts.traditional) {
        Ordering::Greater => Some("zh-Hans"),
        Ordering::Less => Some("zh-Hant"),
        Ordering::Equal => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_aligned_and_forms_differ() {
        let s: Vec<char> = SIMPLIFIED.chars().collect();
        let t: Vec<char> = TRADITIONAL.chars().collect();
        assert_eq!(s.len(), t.len());
        for (a, b) in s.iter().zip(&t) {
            assert_ne!(a, b, "pair {a}{b} does not differ");
        }
        // No character may be on both sides, nor in the Japanese-only list.
        for c in &s {
            assert!(!t.contains(c), "{c} is on both sides");
        }
        for c in JAPANESE_ONLY.chars() {
            assert!(
                !s.contains(&c) && !t.contains(&c),
                "{c} is not Japanese-only"
            );
        }
    }

    #[test]
    fn detects_each_variant() {
        let simp = count("这个国家的经济发展很快，我们都认为这是对的。");
        assert!(simp.simplified >= 5);
        assert_eq!(simp.traditional, 0);
        assert_eq!(variant(simp), Some("zh-Hans"));
        let trad = count("這個國家的經濟發展很快，我們都認為這是對的。");
        assert!(trad.traditional >= 5);
        assert_eq!(trad.simplified, 0);
        assert_eq!(variant(trad), Some("zh-Hant"));
        assert_eq!(variant(count("中文")), None);
        let ja = count("静岡県出身、駅前で育つ。");
        assert_eq!((ja.japanese, ja.simplified, ja.traditional), (2, 0, 0));
        let ja = count("国会");
        assert_eq!((ja.simplified, ja.chinese_simplified), (2, 0));
        for c in SHARED_WITH_JAPANESE.chars() {
            assert!(SIMPLIFIED.contains(c), "{c}");
        }
        assert_eq!(variant(count("hello")), None);
    }

    #[test]
    fn the_map_agrees_with_the_lists() {
        let text: String = [SIMPLIFIED, TRADITIONAL, JAPANESE_ONLY, "中文国語"].concat();
        for c in text.chars() {
            let on = lists_of(c);
            assert_eq!(on & IN_SIMPLIFIED != 0, SIMPLIFIED.contains(c), "{c}");
            assert_eq!(on & IN_TRADITIONAL != 0, TRADITIONAL.contains(c), "{c}");
            assert_eq!(on & IN_JAPANESE_ONLY != 0, JAPANESE_ONLY.contains(c), "{c}");
            let shared = SHARED_WITH_JAPANESE.contains(c);
            assert_eq!(on & IN_SHARED_WITH_JAPANESE != 0, shared, "{c}");
        }
    }
}
