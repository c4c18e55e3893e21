//! Where language-identification text comes from: the `# text =` lines of the UD and UNER files
//! under `../shared/data`, with one fixed split into a training part (for our n-gram tables) and
//! a held-out part (for every evaluation), so that we never test on what we trained on.
//!
//! Languages with a UNER train file train on it and evaluate on its dev file. Languages with only
//! a UD dev file train on its first 60% of sentences and evaluate on the rest (a contiguous cut,
//! so documents do not straddle both sides).

use std::fs;
use std::path::Path;

/// One language's sources, relative to the shared data folder.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    /// The code we write for the language.
    pub lang: &'static str,
    /// Training file, if the language has a separate one.
    pub train: Option<&'static str>,
    /// Dev files; without `train`, their first 60% trains and the rest is held out.
    pub dev: &'static [&'static str],
    /// More training text in CoNLL-2003 column format (tokens joined by spaces), never held out.
    pub also_train: &'static [&'static str],
}

/// Every language we have text for.
pub const SOURCES: &[Source] = &[
    Source {
        lang: "en",
        train: None,
        dev: &["ud/UD_English-EWT/en_ewt-ud-dev.conllu"],
        also_train: &["conll2003/train.txt"],
    },
    Source {
        lang: "de",
        train: None,
        dev: &["ud/UD_German-GSD/de_gsd-ud-dev.conllu"],
        also_train: &[],
    },
    Source {
        lang: "fr",
        train: None,
        dev: &["ud/UD_French-GSD/fr_gsd-ud-dev.conllu"],
        also_train: &[],
    },
    Source {
        lang: "es",
        train: None,
        dev: &["ud/UD_Spanish-GSD/es_gsd-ud-dev.conllu"],
        also_train: &[],
    },
    Source {
        lang: "ru",
        train: None,
        dev: &["ud/UD_Russian-GSD/ru_gsd-ud-dev.conllu"],
        also_train: &[],
    },
    Source {
        lang: "ja",
        train: None,
        dev: &["ud/UD_Japanese-GSD/ja_gsd-ud-dev.conllu"],
        also_train: &[],
    },
    Source {
        lang: "zh",
        train: Some("uner/UNER_Chinese-GSD/zh_gsd-ud-train.iob2"),
        dev: &[
            "ud/UD_Chinese-GSD/zh_gsd-ud-dev.conllu",
            "ud/UD_Chinese-GSDSimp/zh_gsdsimp-ud-dev.conllu",
        ],
        also_train: &[],
    },
    Source {
        lang: "hr",
        train: Some("uner/UNER_Croatian-SET/hr_set-ud-train.iob2"),
        dev: &["uner/UNER_Croatian-SET/hr_set-ud-dev.iob2"],
        also_train: &[],
    },
    Source {
        lang: "sr",
        train: Some("uner/UNER_Serbian-SET/sr_set-ud-train.iob2"),
        dev: &["uner/UNER_Serbian-SET/sr_set-ud-dev.iob2"],
        also_train: &[],
    },
    Source {
        lang: "da",
        train: Some("uner/UNER_Danish-DDT/da_ddt-ud-train.iob2"),
        dev: &["uner/UNER_Danish-DDT/da_ddt-ud-dev.iob2"],
        also_train: &[],
    },
    Source {
        lang: "sv",
        train: Some("uner/UNER_Swedish-Talbanken/sv_talbanken-ud-train.iob2"),
        dev: &["uner/UNER_Swedish-Talbanken/sv_talbanken-ud-dev.iob2"],
        also_train: &[],
    },
    Source {
        lang: "pt",
        train: Some("uner/UNER_Portuguese-Bosque/pt_bosque-ud-train.iob2"),
        dev: &["uner/UNER_Portuguese-Bosque/pt_bosque-ud-dev.iob2"],
        also_train: &[],
    },
    Source {
        lang: "sk",
        train: Some("uner/UNER_Slovak-SNK/sk_snk-ud-train.iob2"),
        dev: &["uner/UNER_Slovak-SNK/sk_snk-ud-dev.iob2"],
        also_train: &[],
    },
];

/// Share of a dev-only file used for training (the rest is held out).
const TRAIN_SHARE_PERCENT: usize = 60;

/// Reads the `# text =` sentences of a CoNLL-U or UNER file.
pub fn read_sentences(path: &Path) -> Result<Vec<String>, String> {
    let raw = fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    Ok(raw
        .lines()
        .filter_map(|l| l.strip_prefix("# text ="))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect())
}

/// Reads the sentences of a CoNLL-2003 column file: first columns joined by spaces, sentences
/// ended by blank lines, `-DOCSTART-` lines skipped. Tokens inside a named entity (last column
/// not `O`) are left out: names travel between languages and are no evidence of English.
pub fn read_token_sentences(path: &Path) -> Result<Vec<String>, String> {
    let raw = fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut current = String::new();
    for line in raw.lines().chain(std::iter::once("")) {
        let mut columns = line.split_whitespace();
        match (columns.next(), columns.last()) {
            (Some("-DOCSTART-"), _) => {}
            (Some(_), Some(tag)) if tag != "O" => {}
            (Some(token), _) => {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(token);
            }
            (None, _) if !current.is_empty() => out.push(std::mem::take(&mut current)),
            (None, _) => {}
        }
    }
    Ok(out)
}

fn cut(n: usize) -> usize {
    n * TRAIN_SHARE_PERCENT / 100
}

/// The source's extra training text (`also_train`).
pub fn also_train_sentences(data: &Path, source: &Source) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for extra in source.also_train {
        out.extend(read_token_sentences(&data.join(extra))?);
    }
    Ok(out)
}

/// Training sentences from the source's own UD or UNER files (`also_train` comes on top).
pub fn own_train_sentences(data: &Path, source: &Source) -> Result<Vec<String>, String> {
    match source.train {
        Some(t) => read_sentences(&data.join(t)),
        None => {
            let mut out = Vec::new();
            for d in source.dev {
                let s = read_sentences(&data.join(d))?;
                let k = cut(s.len());
                out.extend(s.into_iter().take(k));
            }
            Ok(out)
        }
    }
}

/// Held-out sentences for one source (never used for training).
pub fn heldout_sentences(data: &Path, source: &Source) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for d in source.dev {
        let s = read_sentences(&data.join(d))?;
        let k = if source.train.is_some() {
            0
        } else {
            cut(s.len())
        };
        out.extend(s.into_iter().skip(k));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_lines_only() {
        let dir = std::env::temp_dir().join(format!("langid-corpus-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let f = dir.join("x.conllu");
        fs::write(
            &f,
            "# sent_id = 1\n# text = A cat sat.\n1\tA\n\n# text =   \n# text = Two\n",
        )
        .unwrap();
        let s = read_sentences(&f).unwrap();
        assert_eq!(s, vec!["A cat sat.".to_string(), "Two".to_string()]);
        let t = dir.join("x.txt");
        fs::write(
            &t,
            "-DOCSTART- -X- O\n\nA DT O\ncat NN O\nTom NNP B-PER\n. . O\n\n\nTwo CD O\n",
        )
        .unwrap();
        let s = read_token_sentences(&t).unwrap();
        assert_eq!(s, vec!["A cat .".to_string(), "Two".to_string()]);
        assert!(read_sentences(&dir.join("missing")).is_err());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn dev_only_split_is_disjoint_and_complete() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        let Some(src) = SOURCES.iter().find(|s| s.lang == "de") else {
            return;
        };
        let (Ok(train), Ok(held)) = (
            own_train_sentences(&data, src),
            heldout_sentences(&data, src),
        ) else {
            eprintln!("shared data absent: skipped");
            return;
        };
        let all = read_sentences(&data.join(src.dev[0])).unwrap();
        assert_eq!(train.len() + held.len(), all.len());
        assert_eq!(train.len(), cut(all.len()));
        assert_eq!(held.first(), all.get(train.len()));
    }

    #[test]
    fn codes_in_sources_are_known() {
        for s in SOURCES {
            assert_eq!(super::super::codes::normalize(s.lang), Some(s.lang));
        }
    }
}
