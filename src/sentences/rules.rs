//! Per-language sentence rules, parsed from the plain-text rule files in `pipelines/sentences/`.
//!
//! Rules are data so that users can add an abbreviation without recompiling. The file format is
//! documented in each shipped file's header and in `docs/sentences.md`:
//!
//! ```text
//! # comment                     (a `#` at the start of a line, or after whitespace, starts a comment)
//! [titles]                      words that precede a name: never end a sentence (Mr. Dr. Mt.)
//! [numeric]                     words that precede a number: no break before a digit (No. p. Art.)
//! [abbreviations]               other abbreviations: break only before a sentence starter (etc. Inc. U.S.)
//! [units]                       abbreviations written after a number (`5 proc.`): break before a
//!                               capitalised word unless it is an acronym (`5 proc. PKB`)
//! [starters]                    capitalised words that often start a sentence (The He It ...)
//! [closings]                    first words of greetings/closings that end with a comma (Regards,)
//! [terminators]                 extra sentence-final characters for this language (Greek `;`)
//! [continuations]               characters that continue a sentence right after a CJK stop (`と`)
//! [attributions]                words that end a short speech tag after a quoted CJK stop
//!                               (`“……。”他说。`): the tag stays in the quote's sentence
//! [options]                     `key = value` lines (true|false): ordinal_numbers,
//!                               lowercase_starts, semicolon_capital
//! ```
//! Entries are separated by whitespace; a final `.` on an entry is optional (`Mr.` = `Mr`).

use std::collections::HashSet;

/// A set of words, matched exactly, or case-insensitively for entries written all in lower case.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordSet {
    exact: HashSet<String>,
    lower: HashSet<String>,
}

impl WordSet {
    fn insert(&mut self, word: &str) {
        if word.chars().any(|c| c.is_uppercase()) {
            self.exact.insert(word.to_string());
        } else {
            self.lower.insert(word.to_string());
        }
    }

    /// Whether `word` is in the set (exact entries, or lower-case entries in any case).
    pub(crate) fn contains(&self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        if self.exact.contains(word) || self.lower.contains(word) {
            return true;
        }
        if self.lower.is_empty() || !word.chars().any(|c| c.is_uppercase()) {
            return false;
        }
        self.lower.contains(&word.to_lowercase())
    }

    /// Number of entries.
    pub(crate) fn len(&self) -> usize {
        self.exact.len() + self.lower.len()
    }
}

/// The rules of one language.
#[derive(Debug, Clone)]
pub(crate) struct LangRules {
    /// Words before names (never a sentence end before a word).
    pub(crate) titles: WordSet,
    /// Words before numbers (no sentence end before a digit).
    pub(crate) numeric: WordSet,
    /// Other abbreviations (a sentence end only before a starter).
    pub(crate) abbreviations: WordSet,
    /// Abbreviations written after a number (`5 proc.`): a sentence end before a capitalised word
    /// unless it is an acronym (`5 proc. PKB`); never before a digit or a lower-case word.
    pub(crate) units: WordSet,
    /// Words that often start a sentence.
    pub(crate) starters: WordSet,
    /// First words of greetings and closings (`Regards,`) that form a sentence with their comma.
    pub(crate) closings: WordSet,
    /// Extra terminators (besides the built-in UAX #29 ones).
    pub(crate) terminators: Vec<char>,
    /// Characters that continue a sentence right after a CJK stop and its closers.
    pub(crate) continuations: Vec<char>,
    /// Speech verbs (`说`, `表示`): a short clause ending in one, right after a quoted CJK stop,
    /// is the quote's speech tag and stays in its sentence.
    pub(crate) attributions: Vec<String>,
    /// `3. Oktober`: a number of up to 3 digits with a period before a capitalised non-starter is an
    /// ordinal, not a sentence end (German and other languages that write ordinals that way).
    pub(crate) ordinal_numbers: bool,
    /// A lower-case word after `word. ` starts a new sentence unless the word is an abbreviation,
    /// a single letter, a number or dotted (informal text: "i am late. call me"). Default on.
    pub(crate) lowercase_starts: bool,
    /// `; Dudo que ...`: a semicolon before any capitalised word ends a sentence (Spanish, where
    /// a word after a semicolon is written in lower case unless it starts a new sentence).
    pub(crate) semicolon_capital: bool,
}

impl Default for LangRules {
    fn default() -> Self {
        LangRules {
            titles: WordSet::default(),
            numeric: WordSet::default(),
            abbreviations: WordSet::default(),
            units: WordSet::default(),
            starters: WordSet::default(),
            closings: WordSet::default(),
            terminators: Vec::new(),
            continuations: Vec::new(),
            attributions: Vec::new(),
            ordinal_numbers: false,
            lowercase_starts: true,
            semicolon_capital: false,
        }
    }
}

#[derive(Clone, Copy)]
enum Section {
    Titles,
    Numeric,
    Abbreviations,
    Units,
    Starters,
    Closings,
    Terminators,
    Continuations,
    Attributions,
    Options,
}

impl LangRules {
    /// Parses a rule file. Errors name the 1-based line and the reason.
    pub(crate) fn parse(content: &str) -> Result<LangRules, String> {
        let mut rules = LangRules::default();
        rules.apply(content)?;
        Ok(rules)
    }

    /// Adds the entries (and options) of a rule file to these rules.
    pub(crate) fn apply(&mut self, content: &str) -> Result<(), String> {
        let rules = self;
        let mut section: Option<Section> = None;
        for (n, raw) in content.lines().enumerate() {
            let line_no = n + 1;
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[') {
                let name = name
                    .strip_suffix(']')
                    .ok_or_else(|| format!("line {line_no}: section header without closing ']'"))?;
                section = Some(match name.trim() {
                    "titles" => Section::Titles,
                    "numeric" => Section::Numeric,
                    "abbreviations" => Section::Abbreviations,
                    "units" => Section::Units,
                    "starters" => Section::Starters,
                    "closings" => Section::Closings,
                    "terminators" => Section::Terminators,
                    "continuations" => Section::Continuations,
                    "attributions" => Section::Attributions,
                    "options" => Section::Options,
                    other => return Err(format!("line {line_no}: unknown section [{other}]")),
                });
                continue;
            }
            let sec =
                section.ok_or_else(|| format!("line {line_no}: entry before any [section]"))?;
            match sec {
                Section::Options => rules.option(line, line_no)?,
                Section::Attributions => {
                    for word in line.split_whitespace() {
                        if !rules.attributions.iter().any(|w| w == word) {
                            rules.attributions.push(word.to_string());
                        }
                    }
                }
                Section::Terminators | Section::Continuations => {
                    for tok in line.split_whitespace() {
                        let mut chars = tok.chars();
                        let (Some(c), None) = (chars.next(), chars.next()) else {
                            return Err(format!(
                                "line {line_no}: '{tok}' is not a single character"
                            ));
                        };
                        if c.is_alphanumeric() && matches!(sec, Section::Terminators) {
                            return Err(format!(
                                "line {line_no}: a letter or digit cannot be a terminator"
                            ));
                        }
                        let list = match sec {
                            Section::Terminators => &mut rules.terminators,
                            _ => &mut rules.continuations,
                        };
                        if !list.contains(&c) {
                            list.push(c);
                        }
                    }
                }
                Section::Titles
                | Section::Numeric
                | Section::Abbreviations
                | Section::Units
                | Section::Starters
                | Section::Closings => {
                    for tok in line.split_whitespace() {
                        let word = tok.strip_suffix('.').unwrap_or(tok);
                        if word.is_empty() || word.chars().any(char::is_whitespace) {
                            return Err(format!("line {line_no}: empty entry '{tok}'"));
                        }
                        let set = match sec {
                            Section::Titles => &mut rules.titles,
                            Section::Numeric => &mut rules.numeric,
                            Section::Abbreviations => &mut rules.abbreviations,
                            Section::Units => &mut rules.units,
                            Section::Closings => &mut rules.closings,
                            _ => &mut rules.starters,
                        };
                        set.insert(word);
                    }
                }
            }
        }
        Ok(())
    }

    fn option(&mut self, line: &str, line_no: usize) -> Result<(), String> {
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {line_no}: expected 'key = value'"))?;
        let value = match value.trim() {
            "true" | "yes" => true,
            "false" | "no" => false,
            other => return Err(format!("line {line_no}: '{other}' is not true or false")),
        };
        match key.trim() {
            "ordinal_numbers" => self.ordinal_numbers = value,
            "lowercase_starts" => self.lowercase_starts = value,
            "semicolon_capital" => self.semicolon_capital = value,
            other => return Err(format!("line {line_no}: unknown option '{other}'")),
        }
        Ok(())
    }

    /// Whether `word` is any kind of abbreviation (title, numeric, general or unit).
    pub(crate) fn is_any_abbreviation(&self, word: &str) -> bool {
        self.titles.contains(word)
            || self.abbreviations.contains(word)
            || self.units.contains(word)
            || self.numeric.contains(word)
    }
}

/// Removes a `#` comment: `#` at the line start or after whitespace (so `N#` stays an entry).
fn strip_comment(line: &str) -> &str {
    let mut prev_ws = true;
    for (i, c) in line.char_indices() {
        if c == '#' && prev_ws {
            return line.get(..i).unwrap_or("");
        }
        prev_ws = c.is_whitespace();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_and_options() {
        let r = LangRules::parse(
            "# header\n[titles]\nMr. Dr  # trailing comment\n[numeric]\nNo.\n[abbreviations]\netc. U.S.\n\
             [starters]\nThe He\n[terminators]\n;\n[continuations]\nと\n[attributions]\n说 表示\n[options]\nordinal_numbers = true\n",
        )
        .unwrap();
        assert!(r.titles.contains("Mr") && r.titles.contains("Dr") && !r.titles.contains("mr"));
        assert!(r.numeric.contains("No"));
        assert!(r.abbreviations.contains("etc") && r.abbreviations.contains("Etc"));
        assert!(r.abbreviations.contains("U.S") && !r.abbreviations.contains("u.s"));
        assert!(r.starters.contains("The") && !r.starters.contains("the"));
        assert_eq!(r.terminators, vec![';']);
        assert_eq!(r.continuations, vec!['と']);
        assert_eq!(r.attributions, vec!["说", "表示"]);
        assert!(r.ordinal_numbers);
        assert_eq!(r.titles.len(), 2);
    }

    #[test]
    fn errors_name_the_line() {
        let e = LangRules::parse("[titles]\nMr\n[bogus]\n").unwrap_err();
        assert!(e.starts_with("line 3:") && e.contains("bogus"), "{e}");
        let e = LangRules::parse("Mr\n").unwrap_err();
        assert!(e.starts_with("line 1:"), "{e}");
        let e = LangRules::parse("[options]\nordinal_numbers = maybe\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        let e = LangRules::parse("[terminators]\nab\n").unwrap_err();
        assert!(e.starts_with("line 2:"), "{e}");
        let e = LangRules::parse("[options]\ncolour = true\n").unwrap_err();
        assert!(e.contains("colour"), "{e}");
        let e = LangRules::parse("[titles\n").unwrap_err();
        assert!(e.starts_with("line 1:"), "{e}");
    }

    #[test]
    fn comment_needs_whitespace_before_hash() {
        assert_eq!(strip_comment("a N# b # c"), "a N# b ");
        assert_eq!(strip_comment("# all"), "");
    }
}
