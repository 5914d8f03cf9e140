//! Turning a user's file into an article: decode its bytes, take the readable text out of
//! HTML or Markdown, and find a title, a publisher and a date where the file says them.
//!
//! Bad input never stops a batch: each file is imported or skipped with a [`Skip`] reason.

use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use scraper::{ElementRef, Html, Node, Selector};

/// The largest file imported, in bytes: a news article is far smaller; anything bigger is
/// probably not one, and would make the window slow.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Skip {
    /// Larger than [`MAX_BYTES`].
    #[error("too large ({0} bytes; the limit is 5 MB)")]
    TooLarge(usize),
    /// Not text: it holds NUL bytes or other binary data.
    #[error("not a text file")]
    Binary,
    /// No readable text.
    #[error("empty: no readable text")]
    Empty,
    /// Starts with a byte-order mark but is not valid in that encoding.
    #[error("not valid {0} text")]
    Undecodable(&'static str),
    /// An extension Parama does not read.
    #[error("not a .txt, .md or .html file")]
    UnsupportedType,
    /// The same text is already in the library.
    #[error("the same text is already in the library (“{0}”)")]
    Duplicate(String),
    /// The file could not be read.
    #[error("could not be read: {0}")]
    Unreadable(String),
}

/// The kinds of file Parama reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`).
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// A saved web page (`.html`, `.htm`).
    Html,
}

impl Format {
    /// The format of a file, by its extension.
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Self::Text),
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            _ => None,
        }
    }
}

/// What a file yields: its readable text and what it says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The title, if the file names one (`<title>`, `<h1>`, a Markdown heading).
    pub title: Option<String>,
    /// The readable text.
    pub text: String,
    /// The publisher, from `og:site_name` and the like.
    pub publisher: Option<String>,
    /// The publication date or timestamp as the file gives it (`article:published_time`,
    /// `<time datetime>`).
    pub published: Option<String>,
    /// The address of the published copy (`og:url`, `<link rel=canonical>`).
    pub url: Option<String>,
}

/// Decodes a file's bytes: UTF-8 or UTF-16 after a byte-order mark, else UTF-8, else
/// Windows-1252 (what old Windows programs save).
pub fn decode(bytes: &[u8]) -> Result<String, Skip> {
    if bytes.len() > MAX_BYTES {
        return Err(Skip::TooLarge(bytes.len()));
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default());
        return if had_errors {
            Err(Skip::Undecodable(encoding.name()))
        } else {
            Ok(text.into_owned())
        };
    }
    if looks_binary(bytes) {
        return Err(Skip::Binary);
    }
    match UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(text.into_owned()),
        None => Ok(WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()),
    }
}

/// NUL bytes, or many control characters, in the first few kilobytes mean "not text".
fn looks_binary(bytes: &[u8]) -> bool {
    let head = bytes.get(..8192).unwrap_or(bytes);
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    head.contains(&0) || controls * 20 > head.len().max(1)
}

/// Reads a decoded file of the given format.
pub fn read(text: &str, format: Format) -> Document {
    match format {
        Format::Text => read_text(text),
        Format::Markdown => read_markdown(text),
        Format::Html => read_html(text),
    }
}

/// Plain text: the first non-empty line is the title.
fn read_text(text: &str) -> Document {
    let text = text.replace("\r\n", "\n");
    let title = text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned);
    Document {
        title,
        text,
        ..Document::default()
    }
}

/// Markdown: the text without the markup; the first heading is the title.
fn read_markdown(source: &str) -> Document {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut text = String::new();
    let mut title: Option<String> = None;
    let mut heading: Option<String> = None;
    for event in Parser::new(source) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                // An empty heading (`# `) names nothing; the first heading with words does.
                if let Some(h) = heading.take().filter(|h| !h.trim().is_empty()) {
                    title.get_or_insert_with(|| h.trim().to_owned());
                }
                text.push('\n');
            }
            Event::Text(t) | Event::Code(t) => {
                text.push_str(&t);
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::SoftBreak => text.push(' '),
            Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock) => text.push('\n'),
            _ => {}
        }
    }
    let title = title.or_else(|| text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned));
    Document {
        title,
        text: tidy(&text),
        ..Document::default()
    }
}

/// Elements whose text is not part of the article.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe",
];
/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "figcaption",
    "dt",
    "dd",
    "table",
    "ul",
    "ol",
];

/// A saved web page: the visible text of its article, its title and what its meta tags say.
fn read_html(source: &str) -> Document {
    let page = Html::parse_document(source);
    let select = |css: &str| Selector::parse(css).ok();
    let first_text = |css: &str| {
        let selector = select(css)?;
        let element = page.select(&selector).next()?;
        let text = element.text().collect::<String>();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then_some(text)
    };
    let meta = |names: &[&str]| {
        names.iter().find_map(|name| {
            let selector = select(&format!(
                "meta[property=\"{name}\"], meta[name=\"{name}\"], meta[itemprop=\"{name}\"]"
            ))?;
            let content = page.select(&selector).find_map(|m| m.value().attr("content"))?;
            let content = content.trim();
            (!content.is_empty()).then(|| content.to_owned())
        })
    };
    let attr = |css: &str, name: &str| {
        let selector = select(css)?;
        page.select(&selector)
            .find_map(|e| e.value().attr(name))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };

    // The article itself where the page marks it, else the whole body.
    let root = ["article", "main", "body"]
        .iter()
        .filter_map(|css| select(css))
        .find_map(|s| page.select(&s).next())
        .unwrap_or_else(|| page.root_element());
    let mut text = String::new();
    visible_text(root, &mut text);

    Document {
        title: first_text("h1")
            .or_else(|| meta(&["og:title"]))
            .or_else(|| first_text("title")),
        text: tidy(&text),
        publisher: meta(&["og:site_name", "application-name", "publisher"]),
        published: meta(&["article:published_time", "datePublished", "date", "DC.date.issued"])
            .or_else(|| attr("time[datetime]", "datetime")),
        url: meta(&["og:url"]).or_else(|| attr("link[rel=\"canonical\"]", "href")),
    }
}

fn visible_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if HIDDEN.contains(&e.name()) => {}
            Node::Element(e) => {
                let block = BLOCKS.contains(&e.name());
                if block {
                    out.push('\n');
                }
                if let Some(child) = ElementRef::wrap(child) {
                    visible_text(child, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// One paragraph a line: runs of spaces folded, blank lines dropped, ends trimmed.
fn tidy(text: &str) -> String {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The calendar date at the start of a timestamp (`2024-05-09T13:29:00Z` → `2024-05-09`).
pub fn date_of(timestamp: &str) -> Option<super::date::PartialDate> {
    let t = timestamp.trim();
    [10, 7, 4].iter().find_map(|&n| t.get(..n).and_then(|d| d.parse().ok()))
}

/// A stable fingerprint of a text (FNV-1a, 64 bits), to recognise the same article imported
/// twice; the text is tidied first so that line ends and spacing do not matter.
pub fn fingerprint(text: &str) -> u64 {
    tidy(text).bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_recognised() {
        assert_eq!(decode("Šimonytė".as_bytes()).unwrap(), "Šimonytė");
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend("Kalniņš".as_bytes());
        assert_eq!(decode(&bom).unwrap(), "Kalniņš");
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Vilnius ė".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "Vilnius ė");
        assert_eq!(
            decode(b"caf\xe9 \x93quoted\x94").unwrap(),
            "café “quoted”",
            "Windows-1252"
        );
    }

    #[test]
    fn bad_bytes_are_skipped_with_a_reason() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00binary"), Err(Skip::Binary));
        assert_eq!(decode(&[0xff, 0xfe, 0x00]), Err(Skip::Undecodable("UTF-16LE")));
        assert!(matches!(decode(&vec![b'a'; MAX_BYTES + 1]), Err(Skip::TooLarge(_))));
    }

    #[test]
    fn html_gives_its_article_text_title_and_metadata() {
        let page = r#"<html><head><title>Site | Story</title>
            <meta property="og:site_name" content="LRT">
            <meta property="article:published_time" content="2024-05-09T13:29:00Z">
            <link rel="canonical" href="https://www.lrt.lt/en/story">
            <script>var x = "not text";</script><style>p { color: red }</style></head>
            <body><nav>Home | News</nav><article><h1>Lithuania sends   instructors</h1>
            <p>Lithuania will send <b>instructors</b> to Ukraine.</p><p>About 1,500 soldiers.</p></article>
            <footer>© LRT</footer></body></html>"#;
        let doc = read(page, Format::Html);
        assert_eq!(doc.title.as_deref(), Some("Lithuania sends instructors"));
        assert_eq!(
            doc.text,
            "Lithuania sends instructors\nLithuania will send instructors to Ukraine.\nAbout 1,500 soldiers."
        );
        assert_eq!(doc.publisher.as_deref(), Some("LRT"));
        assert_eq!(doc.published.as_deref(), Some("2024-05-09T13:29:00Z"));
        assert_eq!(doc.url.as_deref(), Some("https://www.lrt.lt/en/story"));
        assert_eq!(date_of("2024-05-09T13:29:00Z").unwrap().to_string(), "2024-05-09");
    }

    #[test]
    fn markdown_loses_its_markup() {
        let doc = read(
            "# Support to *Ukraine*\n\nLithuania **funds** [studies](https://x).\n",
            Format::Markdown,
        );
        assert_eq!(doc.title.as_deref(), Some("Support to Ukraine"));
        assert_eq!(doc.text, "Support to Ukraine\nLithuania funds studies.");
    }

    #[test]
    fn an_empty_heading_is_no_title() {
        // Found by the `html` fuzz target (fuzz/regressions/html/empty-markdown-heading.md).
        assert_eq!(read("# ", Format::Markdown).title, None);
        let doc = read("#\n\n## Lithuanian aid\n\nText.", Format::Markdown);
        assert_eq!(doc.title.as_deref(), Some("Lithuanian aid"));
    }

    #[test]
    fn the_same_text_has_the_same_fingerprint() {
        assert_eq!(fingerprint("a  b\r\nc\n\n"), fingerprint("a b\nc"));
        assert_ne!(fingerprint("a b"), fingerprint("a c"));
    }
}
