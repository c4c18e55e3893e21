//! Inline SVG charts for the HTML report: horizontal bar charts (documents per language, entities per
//! label) and a column histogram (sentence lengths). Plain SVG elements with escaped text, no script,
//! sized by `viewBox` so they scale with the page.

use super::html::escape;
use std::fmt::Write as _;

/// A bar's label, value and fill colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Text beside the bar.
    pub label: String,
    /// Its value.
    pub value: usize,
    /// CSS colour.
    pub color: String,
}

/// A horizontal bar chart with one row per bar, the value written after each bar.
pub fn bar_chart(title: &str, bars: &[Bar]) -> String {
    let longest = bars
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let (row, bar_w, top) = (22usize, 300usize, 8usize);
    let label_w = (longest.min(36) * 7 + 14).clamp(60, 270);
    let height = top * 2 + row * bars.len().max(1);
    let width = label_w + bar_w + 80;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let mut out = format!(
        "<svg class=\"chart bars\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        escape(title)
    );
    if bars.is_empty() {
        let _ = write!(
            out,
            "<text x=\"8\" y=\"{}\" class=\"empty\">none</text>",
            top + 14
        );
    }
    for (i, b) in bars.iter().enumerate() {
        let y = top + i * row;
        let shown: String = if b.label.chars().count() > 36 {
            b.label.chars().take(35).chain(['…']).collect()
        } else {
            b.label.clone()
        };
        let w = (b.value * bar_w)
            .div_ceil(max)
            .max(usize::from(b.value > 0));
        let _ = write!(
            out,
            "<g class=\"bar\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect x=\"{label_w}\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"{}\"><title>{}: {}</title></rect>\
             <text x=\"{}\" y=\"{}\" class=\"value\">{}</text></g>",
            label_w - 6,
            y + 15,
            escape(&shown),
            y + 3,
            row - 6,
            escape(&b.color),
            escape(&b.label),
            b.value,
            label_w + w + 6,
            y + 15,
            b.value
        );
    }
    out.push_str("</svg>");
    out
}

/// A vertical column histogram: one column per bucket, bucket labels below, counts above.
pub fn histogram(title: &str, buckets: &[(String, usize)], color: &str) -> String {
    let (col, gap, plot_h, top, bottom, left) =
        (26usize, 4usize, 160usize, 20usize, 40usize, 8usize);
    let width = left * 2 + buckets.len().max(1) * (col + gap);
    let height = top + plot_h + bottom;
    let max = buckets.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let mut out = format!(
        "<svg class=\"chart histogram\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        escape(title)
    );
    let base = top + plot_h;
    let _ = write!(
        out,
        "<line x1=\"{left}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" class=\"axis\"/>",
        width - left
    );
    for (i, (label, n)) in buckets.iter().enumerate() {
        let x = left + i * (col + gap);
        let h = (n * plot_h).div_ceil(max).max(usize::from(*n > 0));
        let _ = write!(
            out,
            "<g class=\"column\"><rect x=\"{x}\" y=\"{}\" width=\"{col}\" height=\"{h}\" fill=\"{}\">\
             <title>{} tokens: {n} sentences</title></rect>",
            base - h,
            escape(color),
            escape(label)
        );
        if *n > 0 {
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"value\">{n}</text>",
                x + col / 2,
                base - h - 4
            );
        }
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" transform=\"rotate(-45 {} {})\">{}</text></g>",
            x + col / 2 + 4,
            base + 14,
            x + col / 2 + 4,
            base + 14,
            escape(label)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: usize) -> Bar {
        Bar {
            label: label.into(),
            value,
            color: "#abc".into(),
        }
    }

    #[test]
    fn bars_scale_to_the_largest_and_escape_labels() {
        let svg = bar_chart("t<", &[bar("en", 10), bar("<b>", 5), bar("zero", 0)]);
        assert_eq!(svg.matches("<rect").count(), 3);
        assert!(svg.contains("width=\"300\""), "largest bar is full width");
        assert!(svg.contains("width=\"150\""), "half value, half width");
        assert!(svg.contains("width=\"0\""), "zero stays zero");
        assert!(svg.contains("&lt;b&gt;") && !svg.contains("<b>"));
        assert!(svg.contains("<title>t&lt;</title>"));
    }

    #[test]
    fn histogram_has_a_column_per_bucket() {
        let svg = histogram(
            "h",
            &[("0-4".into(), 3), ("5-9".into(), 0), ("10+".into(), 1)],
            "red",
        );
        assert_eq!(svg.matches("class=\"column\"").count(), 3);
        assert_eq!(
            svg.matches("class=\"value\"").count(),
            2,
            "no count over empty columns"
        );
        assert!(
            svg.contains("height=\"160\""),
            "largest column is full height"
        );
    }

    #[test]
    fn empty_chart_says_so() {
        assert!(bar_chart("x", &[]).contains(">none<"));
    }
}
