//! The HTML report in a real browser: headless Chromium loads it from disk, runs its script, and the
//! dumped DOM is checked (script ran without errors, element counts match the page, hostile text
//! stayed text); a screenshot is kept as `target/report-screenshot.png`. Skips when Chromium is not
//! installed, unless `ANNOTATE_REQUIRE_BROWSER=1` (set by `.ci/browser`, which installs it).

use crate::util::{annotate, root};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The Chromium binary: `$CHROMIUM`, else `chromium` or `chromium-browser` on the PATH.
fn chromium() -> Option<PathBuf> {
    let candidates = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain(["chromium", "chromium-browser"].map(PathBuf::from));
    candidates.into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Runs headless Chromium on `page` with the flags this project uses, plus `extra`.
fn run_chromium(bin: &Path, profile: &Path, page: &Path, extra: &[&str]) -> Output {
    let url = format!("file://{}", page.display());
    let profile = format!("--user-data-dir={}", profile.display());
    let mut args = vec![
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-logging=stderr",
        "--v=0",
        profile.as_str(),
    ];
    args.extend_from_slice(extra);
    args.push(&url);
    Command::new(bin)
        .args(&args)
        .output()
        .expect("chromium starts")
}

/// Console messages that are errors: uncaught exceptions or console.error output from the page.
fn console_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| {
            l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains(":ERROR:CONSOLE"))
        })
        .collect()
}

#[test]
fn report_renders_in_headless_chromium() {
    let Some(bin) = chromium() else {
        assert!(
            std::env::var("ANNOTATE_REQUIRE_BROWSER").is_err(),
            "ANNOTATE_REQUIRE_BROWSER is set but chromium is not installed"
        );
        eprintln!("skipped: chromium is not installed (run .ci/browser)");
        return;
    };
    let dir = super::scratch("browser");
    let mut inputs = super::inputs(&dir);
    inputs.push("missing-file.txt".into());
    let page = dir.join("report.html");
    let p = page.display().to_string();
    let mut args = vec!["report", "-o", &p, "--sample", "50"];
    args.extend(inputs.iter().map(String::as_str));
    let made = annotate(&args);
    assert!(made.status.success(), "{}", crate::util::stderr(&made));
    let html = std::fs::read_to_string(&page).expect("report");

    let profile = dir.join("profile");
    let dumped = run_chromium(&bin, &profile, &page, &["--dump-dom"]);
    let dom = String::from_utf8_lossy(&dumped.stdout);
    let log = String::from_utf8_lossy(&dumped.stderr);
    assert!(dumped.status.success(), "chromium failed: {log}");
    let body_tag = dom
        .find("<body")
        .and_then(|at| {
            dom.get(at..)
                .and_then(|rest| rest.find('>').map(|end| &rest[..end]))
        })
        .unwrap_or("");
    assert!(
        body_tag.contains("data-ready=\"1\""),
        "the page script ran to its end: {body_tag}"
    );
    assert!(
        !body_tag.contains("data-js-errors"),
        "script errors: {body_tag}"
    );
    assert_eq!(console_errors(&log), Vec::<&str>::new(), "console errors");
    // Counts in the live DOM equal those of the page as written.
    for needle in [
        "<article class=\"doc\"",
        "class=\"error-row\"",
        "<svg",
        "<mark class=\"ent\"",
    ] {
        assert_eq!(
            dom.matches(needle).count(),
            html.matches(needle).count(),
            "{needle}"
        );
    }
    assert_eq!(
        dom.matches("<article class=\"doc\"").count(),
        crate::exports::annotated_inputs()
    );
    assert_eq!(dom.matches("class=\"error-row\"").count(), 2);
    assert_eq!(dom.matches("<svg").count(), 4);
    let entities = html.matches("<mark class=\"ent\"").count();
    assert!(entities > 20, "entities are highlighted");
    assert!(
        dom.contains(&format!("data-entities-shown=\"{entities}\"")),
        "the script counted every entity"
    );
    assert_eq!(dom.matches("<script").count(), 1, "hostile ids stayed text");
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!dom.contains("<img"));

    let shot = root().join("target/report-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    let flag = format!("--screenshot={}", shot.display());
    let taken = run_chromium(
        &bin,
        &profile,
        &page,
        &[&flag, "--window-size=1280,2400", "--hide-scrollbars"],
    );
    assert!(
        taken.status.success(),
        "{}",
        String::from_utf8_lossy(&taken.stderr)
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 20_000,
        "a real screenshot"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn console_error_lines_are_recognised() {
    let log = "[1:2:INFO:CONSOLE:3] \"Uncaught TypeError: x\", source: file:///r.html (3)\n\
               [1:2:ERROR:dbus/bus.cc(405)] Failed to connect to the bus\n\
               [1:2:INFO:CONSOLE:9] \"hello\", source: file:///r.html (9)";
    assert_eq!(console_errors(log).len(), 1);
}
