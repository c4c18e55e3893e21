//! Building a rule tagger: the shipped lists, the lists a pipeline file adds, and the settings of
//! each list (the languages it applies to, whether it outranks the model). Tagging is in the
//! parent module; this one only fills the tagger that it reads.

use super::builtin::{BUILTIN, BUILTIN_LANGUAGES, BUILTIN_OUTRANKING, SHARED};
use super::gazetteer::Gazetteer;
use super::{lexicon, scoped, ListInfo, RuleTagger};
use crate::annotation::EntityLabel;

impl RuleTagger {
    /// Rules plus the shipped gazetteers (countries, nationalities, places, organizations).
    pub fn builtin() -> RuleTagger {
        let mut t = RuleTagger::rules_only();
        for (shared, lists) in [(false, BUILTIN), (true, SHARED)] {
            for (name, content) in lists {
                let Ok(id) = u16::try_from(t.lists.len()) else {
                    break;
                };
                let indexes = if shared {
                    &mut t.shared
                } else {
                    &mut t.builtin
                };
                indexes.push(id, name, content);
                t.lists.push(ListInfo {
                    name: name.to_string(),
                    entries: scoped::entry_count(content),
                    languages: Vec::new(),
                    outranks_model: false,
                });
            }
        }
        for (name, languages) in BUILTIN_LANGUAGES {
            let limited = t.set_gazetteer_languages(name, languages);
            debug_assert!(limited.is_ok(), "{limited:?}");
        }
        for name in BUILTIN_OUTRANKING {
            let set = t.set_gazetteer_outranks_model(name, true);
            debug_assert!(set.is_ok(), "{set:?}");
        }
        t
    }

    /// A tagger with rules only and no gazetteer.
    pub fn rules_only() -> RuleTagger {
        RuleTagger {
            lexicon: lexicon::shared(),
            lists: Vec::new(),
            builtin: scoped::ScopedIndexes::default(),
            shared: scoped::ScopedIndexes::default(),
            exact: Gazetteer::new(true),
            folded: Gazetteer::new(false),
            rules: true,
        }
    }

    /// A tagger that only looks up gazetteers (none yet: add them with [`RuleTagger::add_gazetteer`]);
    /// for gazetteer-only pipelines.
    pub fn gazetteers_only() -> RuleTagger {
        RuleTagger {
            rules: false,
            ..RuleTagger::rules_only()
        }
    }

    /// Adds a gazetteer from file text (TSV `name<TAB>LABEL`, or plain names with `default_label`).
    /// Lines starting with `#` and blank lines are skipped. Errors name the line and reason.
    pub fn add_gazetteer(
        &mut self,
        name: &str,
        content: &str,
        default_label: Option<EntityLabel>,
        case_sensitive: bool,
    ) -> Result<(), String> {
        let id = u16::try_from(self.lists.len())
            .map_err(|_| format!("gazetteer {name}: too many gazetteers"))?;
        let index = if case_sensitive {
            &mut self.exact
        } else {
            &mut self.folded
        };
        let entries = index.add(id, name, content, default_label)?;
        self.lists.push(ListInfo {
            name: name.to_string(),
            entries,
            languages: Vec::new(),
            outranks_model: false,
        });
        Ok(())
    }

    /// Restricts the gazetteer(s) called `name` to sentences in these languages (codes as in
    /// `SentenceView::lang`, e.g. `en`, `zh`; `zh` also covers `zh-Hant`). An empty slice lifts the
    /// restriction. Errors when no gazetteer has that name.
    pub fn set_gazetteer_languages(
        &mut self,
        name: &str,
        languages: &[&str],
    ) -> Result<(), String> {
        self.each_list(name, |list| {
            list.languages = languages.iter().map(|l| l.to_string()).collect();
        })
    }

    /// Makes the hits of the gazetteer(s) called `name` outrank the trained tagger on the very
    /// same span (they carry confidence 1.0; see [`merge`]), or not. A longer span still wins.
    /// Errors when no gazetteer has that name.
    pub fn set_gazetteer_outranks_model(&mut self, name: &str, yes: bool) -> Result<(), String> {
        self.each_list(name, |list| list.outranks_model = yes)
    }

    fn each_list(
        &mut self,
        name: &str,
        mut change: impl FnMut(&mut ListInfo),
    ) -> Result<(), String> {
        let mut found = false;
        for list in self.lists.iter_mut().filter(|l| l.name == name) {
            change(list);
            found = true;
        }
        if found {
            Ok(())
        } else {
            Err(format!("gazetteer {name}: not loaded"))
        }
    }

    /// Names and entry counts of the loaded gazetteers, in load order.
    pub fn gazetteers(&self) -> Vec<(String, usize)> {
        self.lists
            .iter()
            .map(|l| (l.name.clone(), l.entries))
            .collect()
    }
}
