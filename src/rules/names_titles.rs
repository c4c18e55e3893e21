//! The name rules that start from a title or a role word before the name (`President Joe Biden`,
//! `Мэр Москвы Сергей Собянин`, `с госсекретарём США Энтони Блинкеном`), and the words a
//! gazetteer covers between the cue and the name (a child of `names.rs`, which calls them).

use super::*;

/// The first token of `[a, b)` that no gazetteer hit covers (`b` when all are covered).
pub(super) fn first_unlisted(d: &DocState, a: usize, b: usize) -> usize {
    (a..b).find(|&k| !d.gaz_covers(k)).unwrap_or(b)
}

/// The first token of `[a, b)` after the words a gazetteer hit covers, when a given name follows
/// them (`России Владимир Путин`: the country keeps its own hit), or a listed place and two or
/// three more words (`Франции Эмманюэль Макрон`); else `a`.
pub(super) fn after_listed_words(s: &Scan, d: &DocState, a: usize, b: usize) -> usize {
    let k = first_unlisted(d, a, b);
    let place_then_name =
        d.gaz_span(a, k) == Some(EntityLabel::Loc) && (2..=3).contains(&count_words(s, k, b));
    if k > a && k < b && (s.has(k, GIVEN) || place_then_name) {
        k
    } else {
        a
    }
}

/// Where the name starts in a run `[a, b)` that follows a lower-case role noun (a `ROLE` word or
/// a Russian one in an oblique case) and words a list covers, inside the run or right before it
/// (`госсекретарём США` + `Энтони Блинкеном`), or an oblique Russian role noun it agrees with
/// (`с канцлером Олафом Шольцем`): the first word after the listed words, when one to three
/// capitalised words follow, none an acronym and none a list covers.
pub(super) fn name_after_role_and_list(
    s: &Scan,
    d: &DocState,
    a: usize,
    b: usize,
) -> Option<usize> {
    // the listed words may end the run before (`США`, an acronym, is a run of its own)
    let mut start = a;
    while start > s.a && a - start < MAX_NAME_WORDS && d.gaz_covers(start - 1) {
        start -= 1;
    }
    let role = start.wrapping_sub(1);
    let oblique = s.kind(role) == Some(Kind::Word) && cyrillic::is_oblique_role(s.t.lower(role));
    if d.noun_caps || !(s.has(role, ROLE) || oblique) || s.cap(role) {
        return None;
    }
    let k = (a..b).find(|&k| !d.gaz_covers(k))?;
    let words = count_words(s, k, b);
    // with no listed words between, only an oblique Russian role noun in agreement (a plain role
    // noun before a name is a cue of `context_cue`)
    let listed = k > a || start < a;
    let cue = listed || (oblique && cyrillic::agrees_with_role(s, role, k, b));
    (cue && s.cap(k)
        && (1..=MAX_NAME_WORDS).contains(&words)
        && !has_acronym(s, k, b)
        && free_run(s, d, k, b))
    .then_some(k)
}

/// "Chinese President Xi Jinping": PER after the last title, the parts around it classified alone.
pub(super) fn title_split(s: &Scan, d: &mut DocState, a: usize, b: usize) -> bool {
    for p in a..b {
        if !(s.has(p, TITLE | ROLE) && s.cap(p)) {
            continue;
        }
        let q = if s.glued_period(p + 1) { p + 2 } else { p + 1 };
        let q = after_listed_words(s, d, q, b);
        if q >= b || !s.cap(q) || s.has(q, TITLE | ROLE) {
            continue;
        }
        let mut r = q;
        // particles inside the name count (`Dr. A.J. van der Berg`, `Prof. Jan de Vries`), not
        // before a listed place (`Premier League de Escocia`)
        let particle = |k: usize| s.has(k, CONNECTOR) && !s.cap(k) && !s.word_in(k, &["of", "for"]);
        let surname = |k: usize| k < b && s.cap(k) && !d.gaz_covers(k);
        while r < b
            && (s.cap(r)
                || s.glued_period(r)
                || s.punct_in(r, &["-"])
                || particles_then(r, particle, surname))
        {
            r += 1;
        }
        if s.punct_in(r - 1, &["."]) {
            r -= 1;
        }
        if any_flag(s, q, r, ORG | LOC)
            || count_words(s, q, r) > MAX_NAME_WORDS
            || d.gaz_span(q, r).is_some()
        {
            return false;
        }
        classify(s, d, a, p);
        // "Мэр Москвы Сергей Собянин" (the mayor of Moscow, Sergei Sobyanin): the name starts at
        // a given name further on; the words before it are classified alone
        let q = match (q + 1..r).find(|&k| s.has(k, GIVEN) && s.cap(k)) {
            Some(k) if !s.has(q, GIVEN) => {
                classify(s, d, q, k);
                k
            }
            _ => q,
        };
        emit(d, q, r, EntityLabel::Per);
        // skip the connector after the name ("of the")
        let mut k = r;
        while k < b && !s.cap(k) {
            k += 1;
        }
        classify(s, d, k, b);
        return true;
    }
    false
}
