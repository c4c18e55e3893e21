//! The built-in gazetteers, indexed on demand per set of lists a sentence language gets. 37,000 of
//! the 39,500 built-in entries (2026-11-30, before the Hebrew and Turkish lists) belong to lists
//! kept to a few languages (CLDR's names in German, Arabic-script places...), and indexing them all
//! took about 25 ms of every run's start-up, while most jobs read a few languages. So a language's
//! index (the lists for every language plus those kept to it) is built the first time a sentence
//! in it is tagged, and shared by the languages that get the same lists. Matching within one
//! language's lists also means that a longer phrase of a list kept to another language no longer
//! hides a shorter one of a list that applies.

use super::gazetteer::Gazetteer;
use super::RuleTagger;
use std::sync::{Arc, RwLock};

impl RuleTagger {
    /// The index of the built-in lists that apply to sentences in `lang`.
    pub(super) fn builtin_index(&self, lang: &str) -> Arc<Gazetteer> {
        self.builtin.index(|id| {
            self.lists
                .get(usize::from(id))
                .is_some_and(|l| l.applies_to(lang))
        })
    }

    /// [`RuleTagger::builtin_index`], kept in `memo` for the next sentence in the same language.
    pub(super) fn builtin_index_memo<'l>(
        &self,
        memo: &mut Option<(&'l str, Arc<Gazetteer>)>,
        lang: &'l str,
    ) -> Arc<Gazetteer> {
        match memo {
            Some((l, index)) if *l == lang => index.clone(),
            _ => memo.insert((lang, self.builtin_index(lang))).1.clone(),
        }
    }

    /// Builds now the built-in lists' index of every language that some list is kept to, and the
    /// one of all other languages, instead of each on first use (`annotate run --preload`).
    pub fn preload(&self) {
        let mut langs: Vec<&str> = self
            .lists
            .iter()
            .flat_map(|l| l.languages.iter().map(String::as_str))
            .collect();
        langs.push("und");
        langs.sort_unstable();
        langs.dedup();
        for lang in langs {
            self.builtin_index(lang);
        }
        self.shared.index(|_| true);
        super::heads::preload();
        super::common_words::preload();
        super::token::preload();
        // the models' lists that `is_listed_given_name` and `is_listed_place` read
        for lang in ["en", "xx"] {
            crate::tagger::names::for_language(lang);
        }
    }
}

/// The built-in lists' texts and the indexes built so far.
#[derive(Default)]
pub(crate) struct ScopedIndexes {
    /// (list id, name, TSV text) of each built-in list.
    lists: Vec<(u16, &'static str, &'static str)>,
    /// (the ids of the lists an index holds, the index).
    built: RwLock<Vec<(Vec<u16>, Arc<Gazetteer>)>>,
}

impl ScopedIndexes {
    /// Registers built-in list `id` called `name` with its TSV text (checked by the tests: the
    /// built-in texts are compiled in).
    pub fn push(&mut self, id: u16, name: &'static str, content: &'static str) {
        self.lists.push((id, name, content));
    }

    /// The index of the built-in lists for which `applies` is true, built on first use.
    pub fn index(&self, applies: impl Fn(u16) -> bool) -> Arc<Gazetteer> {
        let ids: Vec<u16> = self
            .lists
            .iter()
            .map(|&(id, _, _)| id)
            .filter(|&id| applies(id))
            .collect();
        let find = |built: &[(Vec<u16>, Arc<Gazetteer>)]| {
            built
                .iter()
                .find(|(k, _)| *k == ids)
                .map(|(_, g)| g.clone())
        };
        if let Some(g) = self.built.read().ok().and_then(|b| find(&b)) {
            return g;
        }
        // built outside the lock: another thread may build the same index meanwhile, and the
        // first one stored wins (both are the same)
        let index = Arc::new(self.build(&ids));
        match self.built.write() {
            Ok(mut built) => match find(&built) {
                Some(g) => g,
                None => {
                    built.push((ids, index.clone()));
                    index
                }
            },
            Err(_) => index,
        }
    }

    fn build(&self, ids: &[u16]) -> Gazetteer {
        let mut index = Gazetteer::new(true);
        let chosen = || self.lists.iter().filter(|(id, _, _)| ids.contains(id));
        index.reserve(chosen().map(|(_, _, c)| c.lines().count()).sum());
        for &(id, name, content) in chosen() {
            let added = index.add(id, name, content, None);
            debug_assert!(added.is_ok(), "{added:?}");
        }
        index
    }
}

/// The entries of a built-in list without building its index: its name lines (the tests check
/// this against the index's count for every built-in list).
pub(crate) fn entry_count(content: &str) -> usize {
    content
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::BUILTIN;

    #[test]
    fn entry_counts_without_an_index_are_the_index_counts() {
        for (id, (name, content)) in (0u16..).zip(BUILTIN) {
            let mut index = Gazetteer::new(true);
            let added = index.add(id, name, content, None);
            assert_eq!(added, Ok(entry_count(content)), "{name}");
        }
    }

    #[test]
    fn nothing_is_indexed_before_use_and_preload_indexes_every_language() {
        let built = |t: &RuleTagger| t.builtin.built.read().map(|b| b.len()).unwrap_or(0);
        let tagger = RuleTagger::builtin();
        assert_eq!(built(&tagger), 0);
        tagger.preload();
        let all = built(&tagger);
        assert!(all > 10, "{all}");
        // English and Finnish get the lists for every language only: one index, built already
        tagger.builtin_index("en");
        tagger.builtin_index("fi");
        assert_eq!(built(&tagger), all);
    }

    #[test]
    fn languages_with_the_same_lists_share_one_index() {
        let mut scoped = ScopedIndexes::default();
        scoped.push(0, "everywhere", "Paris\tLOC\n");
        scoped.push(1, "german", "# comment\nMünchen\tLOC\n");
        let everywhere = scoped.index(|id| id == 0);
        let again = scoped.index(|id| id == 0);
        assert!(Arc::ptr_eq(&everywhere, &again));
        let german = scoped.index(|_| true);
        assert!(!Arc::ptr_eq(&everywhere, &german));
        assert_eq!(scoped.built.read().map(|b| b.len()).unwrap_or(0), 2);
    }
}
