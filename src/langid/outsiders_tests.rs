//! Tests of the signs of outside languages (`outsiders`).

use super::*;

#[test]
fn outside_languages_show_signs() {
    for (text, model) in [
        (
            "Secondo il ministero, le denunce sono aumentate del 12 per cento.",
            "es",
        ),
        (
            "De regering heeft maandag een nieuw plan gepresenteerd.",
            "de",
        ),
        ("I morgen skal vi kjøpe noe mat etter jobb.", "da"),
        (
            "Vláda, která jednala podle zákona, je také zodpovědná.",
            "sk",
        ),
        (
            "Pemerintah akan membangun jalan baru untuk warga desa.",
            "en",
        ),
        ("Els nens juguen amb la pilota al parc.", "es"),
    ] {
        assert!(has_outside_word(text, model), "{text}");
    }
}

#[test]
fn no_marker_is_longer_than_the_words_read() {
    let all = WORDS.iter().flat_map(|(_, w)| w.iter());
    let neighbours = ["nb", "sl", "cs", "ca", "bg"].map(markers::list);
    for w in all.chain(neighbours.iter().flat_map(|l| l.iter())) {
        assert!(w.len() <= MAX_MARKER_BYTES, "{w}");
        assert_eq!(w.to_lowercase(), *w, "markers are lower case");
    }
}

#[test]
fn model_languages_show_none() {
    for (text, model) in [
        (
            "The government presented a new plan on Monday to protect minors online.",
            "en",
        ),
        (
            "Die Regierung hat am Montag neue Regeln für den Schutz von Kindern vorgestellt.",
            "de",
        ),
        (
            "Le gouvernement a présenté lundi un nouveau plan pour protéger les mineurs.",
            "fr",
        ),
        (
            "El Gobierno presentó el lunes un nuevo plan para proteger a los menores.",
            "es",
        ),
        (
            "O governo apresentou na segunda-feira um novo plano para proteger os menores.",
            "pt",
        ),
        (
            "Regeringen lagde i dag en ny plan frem for at beskytte børn på nettet.",
            "da",
        ),
        (
            "Regeringen presenterade på måndagen en ny plan för att skydda barn på nätet.",
            "sv",
        ),
        (
            "Vlada je u ponedjeljak predstavila novi plan zaštite djece na internetu.",
            "hr",
        ),
        (
            "Vláda v pondelok predstavila nový plán na ochranu detí na internete.",
            "sk",
        ),
        (
            "В понедельник правительство представило новый план защиты детей.",
            "ru",
        ),
    ] {
        assert!(!has_outside_word(text, model), "{text}");
    }
    assert!(
        !has_outside_word("In Ljubljana so we met.", "en"),
        "Slovene markers count only next to Croatian"
    );
    assert!(has_outside_word(
        "Vlada je tudi zelo zaskrbljena, ker",
        "hr"
    ));
}

fn suspect_langs(text: &str, model: &str) -> Vec<Lang> {
    signs(text, model).suspects.langs().collect()
}

#[test]
fn signs_name_the_languages_they_point_to() {
    // Dutch function words, no letters beyond ASCII.
    let nl = suspect_langs(
        "De regering heeft maandag een nieuw plan gepresenteerd.",
        "da",
    );
    assert_eq!(nl, vec![Lang::Nld]);
    // `het` is Dutch and Afrikaans alike.
    let het = suspect_langs("Het plan is goed.", "da");
    assert!(
        het.contains(&Lang::Nld) && het.contains(&Lang::Afr),
        "{het:?}"
    );
    // Polish: its letters and words; not Italian or Dutch.
    let pl = suspect_langs("Rząd przedstawił nowy plan, to się zdarza.", "sk");
    assert!(pl.contains(&Lang::Pol), "{pl:?}");
    assert!(
        !pl.contains(&Lang::Ita) && !pl.contains(&Lang::Nld),
        "{pl:?}"
    );
    // Italian letters (ì) without any Italian function word still point to Italian.
    let it = suspect_langs("Lunedì", "en");
    assert!(it.contains(&Lang::Ita), "{it:?}");
    assert!(
        !signs("Lunedì", "en").marker,
        "a letter alone is not a marker word"
    );
    // The close neighbour's markers name the neighbour.
    let nb = suspect_langs("I morgen skal vi kjøpe noe mat etter jobb.", "da");
    assert!(nb.contains(&Lang::Nob), "{nb:?}");
}

#[test]
fn plain_english_has_no_suspects() {
    let s = signs("The government presented a new plan on Monday.", "en");
    assert_eq!(s, Signs::default());
}

#[test]
fn every_listed_code_is_an_outside_language() {
    let codes = WORDS.iter().map(|(c, _)| *c);
    for code in codes.chain(LETTERS.iter().map(|(c, _)| *c)) {
        assert!(
            !Suspects::of(code).is_empty(),
            "{code} missing from OUTSIDE"
        );
    }
    for code in ["nb", "sl", "cs", "ca", "bg"] {
        assert!(!Suspects::of(code).is_empty(), "{code}");
    }
    assert!(OUTSIDE.len() <= 32, "a Suspects mask has 32 bits");
}

#[test]
fn words_are_the_alphabetic_runs() {
    for text in [
        "",
        "Hello, world!",
        "  Lunedì: più risorse (12%) — per le scuole.",
        "naïve café-au-lait 北京 Москва x",
        "end",
        "ʻokina oʻzbek",
    ] {
        let mut got = Vec::new();
        for_each_alphabetic_run(text, |w| got.push(w.to_string()));
        let want: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        assert_eq!(got, want, "{text:?}");
    }
}

#[test]
fn the_shape_filter_keeps_every_marker_word() {
    let shapes = ascii_shapes();
    for w in WORDS.iter().flat_map(|(_, w)| w.iter()) {
        assert!(shapes.may_hold(w.as_bytes()), "{w}");
    }
    assert!(
        !shapes.may_hold(b"government"),
        "no marker is this long and starts with go"
    );
}
