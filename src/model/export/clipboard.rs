//! Rows for the clipboard: the columns the table shows, then the citation of each row (the
//! article's title, publisher and date, the quote and the address), as tab-separated text and as
//! an HTML table, so a paste into Excel, LibreOffice, Word or an e-mail gives a table.
//!
//! An entry with several citations is one line per citation in the text (its own cells repeated,
//! as in the CSV) and one row whose own cells span its citations in the HTML. Text cells carry
//! Excel's `mso-number-format:"\@"`, so a pasted "November 2024" stays text and never becomes a
//! day; a cell a spreadsheet could run as a formula is neutralised in the text as in the CSV.

use std::fmt::Write;

use super::neutralise;
use crate::model::{
    citation::Citation,
    corpus::Corpus,
    table::{Row, sources},
};

/// What to put on the clipboard: the same table as text and as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clip {
    /// Tab-separated, a header line first, lines ending in CRLF.
    pub text: String,
    /// An HTML table, with a header row.
    pub html: String,
}

/// The citation's columns.
const CITATION: [&str; 5] = ["Source", "Publisher", "Date", "Quote", "Address"];

/// `rows` for the clipboard, with their citations.
pub fn clip<R: Row>(rows: &[&R], corpus: &Corpus) -> Clip {
    let own_titles = R::COLUMNS.iter().map(|c| c.title);
    let header: Vec<&str> = own_titles.chain(CITATION).collect();
    let mut text = line(header.iter().copied());
    let mut html = String::from("<meta charset=\"utf-8\"><table>\n<thead><tr>");
    for title in &header {
        let _ = write!(html, "<th>{}</th>", escape(title));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        let own: Vec<String> = (0..R::COLUMNS.len()).map(|c| row.cell(c, corpus)).collect();
        let cited: Vec<[String; 5]> = match row.citations() {
            [] => vec![Default::default()],
            citations => citations.iter().map(|c| citation_cells(c, corpus)).collect(),
        };
        for (i, citation) in cited.iter().enumerate() {
            text.push_str(&line(own.iter().chain(citation).map(String::as_str)));
            html.push_str("<tr>");
            if i == 0 {
                let span = match cited.len() {
                    1 => String::new(),
                    n => format!(" rowspan=\"{n}\""),
                };
                for cell in &own {
                    let _ = write!(html, "<td{span}{TEXT}>{}</td>", escape(cell));
                }
            }
            let [source, publisher, date, quote, url] = citation;
            for cell in [source, publisher, date, quote] {
                let _ = write!(html, "<td{TEXT}>{}</td>", escape(cell));
            }
            if url.is_empty() {
                html.push_str("<td></td>");
            } else {
                let url = escape(url);
                let _ = write!(html, "<td><a href=\"{url}\">{url}</a></td>");
            }
            html.push_str("</tr>\n");
        }
    }
    html.push_str("</tbody></table>\n");
    Clip { text, html }
}

/// Keeps a pasted cell text in Excel.
const TEXT: &str = " style=\"mso-number-format:'\\@'\"";

/// The citation's cells: title, publisher, date (marked when inferred), quote, address.
fn citation_cells(citation: &Citation, corpus: &Corpus) -> [String; 5] {
    match corpus.get(&citation.article) {
        Some(article) => [
            article.title.clone(),
            article.publisher.clone(),
            article.date_text(),
            citation.exact.clone(),
            article.url.clone(),
        ],
        None => [
            sources(std::slice::from_ref(citation), corpus),
            String::new(),
            String::new(),
            citation.exact.clone(),
            String::new(),
        ],
    }
}

/// One tab-separated line: tabs and line breaks inside a cell become spaces, and a cell a
/// spreadsheet could run as a formula is neutralised.
fn line<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let mut line = cells
        .map(|cell| {
            let flat: String = cell
                .chars()
                .map(|c| if matches!(c, '\t' | '\r' | '\n') { ' ' } else { c })
                .collect();
            neutralise(&flat).into_owned()
        })
        .collect::<Vec<_>>()
        .join("\t");
    line.push_str("\r\n");
    line
}

/// `text` safe inside HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Catalogue, catalogue::Programme};

    #[test]
    fn rows_become_a_table_with_their_citations() {
        let corpus = Corpus::embedded().unwrap();
        let catalogue = Catalogue::embedded(&corpus).unwrap();
        let cited_twice = catalogue.programmes().iter().find(|p| p.citations.len() > 1).unwrap();
        let clip = clip::<Programme>(&[cited_twice], &corpus);
        let lines: Vec<&str> = clip.text.split_terminator("\r\n").collect();
        assert_eq!(lines.len(), 1 + cited_twice.citations.len());
        let header: Vec<&str> = lines[0].split('\t').collect();
        assert_eq!(header.len(), Programme::COLUMNS.len() + 5);
        assert_eq!(&header[header.len() - 5..], &CITATION);
        for (line, citation) in lines[1..].iter().zip(&cited_twice.citations) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len());
            assert_eq!(cells[header.len() - 2], citation.exact.replace(['\n', '\t'], " "));
            let article = corpus.get(&citation.article).unwrap();
            assert_eq!(cells[header.len() - 5], article.title);
            assert_eq!(cells[header.len() - 1], article.url);
        }
        // The programme's own cells span its citations in the HTML; each citation is a row.
        assert_eq!(clip.html.matches("<tr>").count(), 1 + cited_twice.citations.len());
        assert!(
            clip.html
                .contains(&format!("rowspan=\"{}\"", cited_twice.citations.len()))
        );
        assert!(clip.html.contains("<a href=\"https://"));
    }

    #[test]
    fn cells_stay_cells_and_never_formulas() {
        assert_eq!(
            line(["a\tb", "two\r\nlines", "=1+2", "-5"].into_iter()),
            "a b\ttwo  lines\t'=1+2\t-5\r\n"
        );
        assert_eq!(escape("<b>\"Š&ū\"</b>"), "&lt;b&gt;&quot;Š&amp;ū&quot;&lt;/b&gt;");
    }
}
