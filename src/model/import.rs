//! Turning a user's file into an article: decode its bytes, take the readable text out of
//! HTML or Markdown, and find its own details (title, byline, publisher, date, address) where
//! the file says them: in a page's metadata, a Markdown front matter, or the lines of the text
//! (weighed in [`super::details`]).
//!
//! Bad input never stops a batch: each file is imported or skipped with a [`Skip`] reason.

use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use scraper::{ElementRef, Html, Node, Selector};

use super::{
    date::PartialDate,
    details::{DateSource, Details, Lines},
};

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
    /// The readable text.
    pub text: String,
    /// Its own details, each with how it was found.
    pub details: Details,
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

/// Reads a decoded file of the given format. `today` is the latest date an article can bear.
pub fn read(text: &str, format: Format, today: PartialDate) -> Document {
    match format {
        Format::Text => read_text(text, today),
        Format::Markdown => read_markdown(text, today),
        Format::Html => read_html(text, today),
    }
}

/// Plain text: the first non-empty line is the title; the short lines around the text say the
/// rest.
fn read_text(text: &str, today: PartialDate) -> Document {
    let text = text.replace("\r\n", "\n");
    let mut details = Details::default();
    details.read_lines(&text, Lines::OfTheFile(0), today);
    Document { text, details }
}

/// A Markdown front matter: `---` (YAML) or `+++` (TOML) lines around flat `key: value` (or
/// `key = "value"`) pairs. Returns the pairs and the rest of the file, or `None` when the file
/// opens with none.
fn front_matter(source: &str) -> Option<(Vec<(String, String)>, &str)> {
    let fence = ["---", "+++"]
        .into_iter()
        .find(|f| source.trim_start_matches('\u{feff}').starts_with(f))?;
    let body = source.trim_start_matches('\u{feff}').get(fence.len()..)?;
    let body = body.strip_prefix("\r\n").or_else(|| body.strip_prefix('\n'))?;
    let end = body.lines().position(|l| l.trim_end() == fence)?;
    let mut pairs = Vec::new();
    for line in body.lines().take(end) {
        let Some((key, value)) = line.split_once(if fence == "---" { ':' } else { '=' }) else {
            continue;
        };
        // A flow list (`authors: [A, B]`) is read as its items, joined.
        let value = value.trim().trim_start_matches('[').trim_end_matches(']');
        let value = value
            .split(',')
            .map(|item| item.trim().trim_matches(|c| c == '"' || c == '\''))
            .collect::<Vec<_>>()
            .join(", ");
        if !key.starts_with([' ', '\t', '-']) && !value.is_empty() {
            pairs.push((key.trim().to_lowercase(), value.to_owned()));
        }
    }
    // The rest starts after the closing fence's line, whatever its line ends (`\n` or `\r\n`).
    let rest_at: usize = body.split_inclusive('\n').take(end + 1).map(str::len).sum();
    Some((pairs, body.get(rest_at.min(body.len())..).unwrap_or_default()))
}

/// Markdown: the text without the markup; the front matter's details first, then the first
/// heading as the title and the short lines as in plain text.
fn read_markdown(source: &str, today: PartialDate) -> Document {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut details = Details::default();
    let source = match front_matter(source) {
        Some((pairs, rest)) => {
            let how = "from the front matter";
            for (key, value) in &pairs {
                match key.as_str() {
                    "title" => details.offer_title(value, how),
                    "date" | "published" | "pubdate" | "publishdate" => {
                        details.offer_date(value, DateSource::Metadata, how, today);
                    }
                    "author" | "authors" | "byline" => details.offer_byline(value, how),
                    "source" | "publisher" | "site" => details.offer_publisher(value, how),
                    "url" | "link" | "canonical" | "source_url" => details.offer_url(value, how),
                    _ => {}
                }
            }
            rest
        }
        None => source,
    };
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
    if let Some(title) = title {
        details.offer_title(&title, "from the first heading");
    }
    let text = tidy(&text);
    details.read_lines(&text, Lines::OfTheText, today);
    Document { text, details }
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

/// A saved web page: the visible text of its article, and its details from its JSON-LD, its meta
/// tags, its headline and `<time>`, then from the text's own lines.
fn read_html(source: &str, today: PartialDate) -> Document {
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

    let mut details = Details::default();
    if let Some(selector) = select("script[type=\"application/ld+json\"]") {
        for script in page.select(&selector) {
            if let Ok(json) = serde_json::from_str::<serde_json::Value>(&script.text().collect::<String>()) {
                json_ld(&json, &mut details, today);
            }
        }
    }
    let how = |name: &str| format!("from the page's {name} tag");
    let metas = |details: &mut Details, names: &[&str], offer: &dyn Fn(&mut Details, &str, &str)| {
        for name in names {
            if let Some(value) = meta(&[name]) {
                offer(details, &value, &how(name));
            }
        }
    };
    metas(
        &mut details,
        &["og:title", "citation_title", "DC.title", "twitter:title"],
        &|d, v, h| d.offer_title(v, h),
    );
    let published = [
        "article:published_time",
        "datePublished",
        "citation_publication_date",
        "citation_date",
        "DC.date.issued",
        "dcterms.issued",
        "DC.date",
        "dcterms.created",
        "pubdate",
        "publish-date",
        "date",
    ];
    metas(&mut details, &published, &|d, v, h| {
        d.offer_date(v, DateSource::Metadata, h, today)
    });
    metas(
        &mut details,
        &["author", "article:author", "citation_author", "DC.creator"],
        &|d, v, h| {
            if !v.starts_with("http") {
                d.offer_byline(v, h);
            }
        },
    );
    metas(
        &mut details,
        &[
            "og:site_name",
            "citation_publisher",
            "DC.publisher",
            "application-name",
            "publisher",
        ],
        &|d, v, h| {
            d.offer_publisher(v, h);
        },
    );
    metas(&mut details, &["og:url"], &|d, v, h| d.offer_url(v, h));
    if let Some(href) = attr("link[rel=\"canonical\"]", "href") {
        details.offer_url(&href, "from the page's canonical link");
    }
    if let Some(datetime) = attr("time[datetime]", "datetime") {
        details.offer_date(&datetime, DateSource::Byline, "from the page's <time> element", today);
    }
    if let Some(headline) = first_text("h1") {
        details.offer_title(&headline, "the page's headline");
    }
    if let Some(title) = first_text("title") {
        details.offer_title(&title, "the page's <title>");
    }
    let text = tidy(&text);
    details.read_lines(&text, Lines::OfTheText, today);
    Document { text, details }
}

/// Reads a page's JSON-LD: the first object whose `@type` is an article (`NewsArticle`,
/// `Article`, `ReportageNewsArticle`…), looking inside arrays and `@graph`.
fn json_ld(json: &serde_json::Value, details: &mut Details, today: PartialDate) {
    use serde_json::Value;
    let is_article = |v: &Value| {
        let types = match v.get("@type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        types.iter().any(|t| t.ends_with("Article") || *t == "Report")
    };
    let name = |v: &Value| -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_owned),
            Value::Array(items) => {
                let names: Vec<String> = items
                    .iter()
                    .filter_map(|i| match i {
                        Value::String(s) => Some(s.clone()),
                        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_owned),
                        _ => None,
                    })
                    .collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        }
    };
    match json {
        Value::Array(items) => items.iter().for_each(|i| json_ld(i, details, today)),
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                json_ld(graph, details, today);
            }
            if !is_article(json) {
                return;
            }
            let how = "from the page's JSON-LD";
            if let Some(headline) = object.get("headline").and_then(Value::as_str) {
                details.offer_title(headline, how);
            }
            if let Some(date) = object.get("datePublished").and_then(Value::as_str) {
                details.offer_date(date, DateSource::Metadata, how, today);
            }
            if let Some(author) = object.get("author").and_then(name) {
                details.offer_byline(&author, how);
            }
            if let Some(publisher) = object.get("publisher").and_then(name) {
                details.offer_publisher(&publisher, how);
            }
            let url = object.get("url").or_else(|| object.get("mainEntityOfPage"));
            if let Some(url) = url.and_then(|u| u.as_str().or_else(|| u.get("@id").and_then(Value::as_str))) {
                details.offer_url(url, how);
            }
        }
        _ => {}
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

    fn today() -> PartialDate {
        "2026-12-01".parse().unwrap()
    }

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
        let doc = read(page, Format::Html, today());
        assert_eq!(
            doc.text,
            "Lithuania sends instructors\nLithuania will send instructors to Ukraine.\nAbout 1,500 soldiers."
        );
        let d = doc.details;
        assert_eq!(d.title.unwrap().value, "Lithuania sends instructors");
        let publisher = d.publisher.unwrap();
        assert_eq!(
            (publisher.value.as_str(), publisher.how.as_str()),
            ("LRT", "from the page's og:site_name tag")
        );
        let date = d.date.unwrap();
        assert_eq!(date.value.date.to_string(), "2024-05-09");
        assert_eq!(date.how, "from the page's article:published_time tag");
        assert_eq!(d.url.unwrap().value, "https://www.lrt.lt/en/story");
    }

    #[test]
    fn json_ld_outranks_the_meta_tags_and_names_its_author() {
        let page = r#"<html><head><title>x</title>
            <meta property="article:published_time" content="2023-02-02">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Not this"},
              {"@type":"NewsArticle","headline":"Instructors for the EU mission",
               "datePublished":"2023-02-01T09:00:00+02:00",
               "author":[{"@type":"Person","name":"Ivanna Kostina"}],
               "publisher":{"@type":"Organization","name":"The Kyiv Independent"},
               "mainEntityOfPage":{"@id":"https://kyivindependent.com/x"}}]}</script>
            </head><body><p>Lithuania will send instructors.</p></body></html>"#;
        let d = read(page, Format::Html, today()).details;
        assert_eq!(d.title.unwrap().value, "Instructors for the EU mission");
        let date = d.date.unwrap();
        assert_eq!(
            (date.value.date.to_string(), date.how.as_str()),
            ("2023-02-01".to_owned(), "from the page's JSON-LD")
        );
        assert_eq!(d.byline.unwrap().value, "Ivanna Kostina");
        assert_eq!(d.publisher.unwrap().value, "The Kyiv Independent");
        assert_eq!(d.url.unwrap().value, "https://kyivindependent.com/x");
    }

    #[test]
    fn markdown_front_matter_gives_the_details() {
        for source in [
            "---\ntitle: \"Rehabilitation in Druskininkai\"\ndate: 2023-06-28\nauthor: A. Writer\nsource: LRT English\nurl: https://www.lrt.lt/en/x\n---\n\nThe clinic treated 25 soldiers.\n",
            "+++\ntitle = \"Rehabilitation in Druskininkai\"\ndate = 2023-06-28\nauthor = \"A. Writer\"\nsource = \"LRT English\"\nurl = \"https://www.lrt.lt/en/x\"\n+++\n\nThe clinic treated 25 soldiers.\n",
        ] {
            for source in [source.to_owned(), source.replace('\n', "\r\n")] {
                let doc = read(&source, Format::Markdown, today());
                assert_eq!(doc.text, "The clinic treated 25 soldiers.", "{source:?}");
                let d = doc.details;
                assert_eq!(d.title.unwrap().value, "Rehabilitation in Druskininkai");
                assert_eq!(d.date.unwrap().value.date.to_string(), "2023-06-28");
                assert_eq!(d.byline.unwrap().value, "A. Writer");
                assert_eq!(d.publisher.unwrap().how, "from the front matter");
                assert_eq!(d.url.unwrap().value, "https://www.lrt.lt/en/x");
            }
        }
    }

    #[test]
    fn markdown_loses_its_markup() {
        let doc = read(
            "# Support to *Ukraine*\n\nLithuania **funds** [studies](https://x).\n",
            Format::Markdown,
            today(),
        );
        assert_eq!(doc.details.title.unwrap().value, "Support to Ukraine");
        assert_eq!(doc.text, "Support to Ukraine\nLithuania funds studies.");
    }

    #[test]
    fn an_empty_heading_is_no_title() {
        // Found by the `html` fuzz target (fuzz/regressions/html/empty-markdown-heading.md).
        assert_eq!(read("# ", Format::Markdown, today()).details.title, None);
        let doc = read("#\n\n## Lithuanian aid\n\nText.", Format::Markdown, today());
        assert_eq!(doc.details.title.unwrap().value, "Lithuanian aid");
    }

    #[test]
    fn the_same_text_has_the_same_fingerprint() {
        assert_eq!(fingerprint("a  b\r\nc\n\n"), fingerprint("a b\nc"));
        assert_ne!(fingerprint("a b"), fingerprint("a c"));
    }
}
