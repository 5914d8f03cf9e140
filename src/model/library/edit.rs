//! Editing an imported article's details: what may change, and the checks an edit must pass
//! (a date printed in the text must be there as given; an address must be a web link).

use super::{Library, Stored, found_in};
use crate::model::date::{DateError, PartialDate};

/// What the user may change about an imported article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Edit {
    /// The title.
    pub title: String,
    /// The publisher.
    pub publisher: String,
    /// The date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// How the date is known: printed in the text as this (`Some`), or inferred for this reason
    /// (`None`, with `reason`).
    pub printed_as: Option<String>,
    /// Why an inferred date is what it is.
    pub reason: String,
    /// The address of the published copy (may be empty).
    pub url: String,
}

impl Edit {
    /// The current details of `stored`, ready to change.
    pub fn of(stored: &Stored) -> Self {
        Self {
            title: stored.title.clone(),
            publisher: stored.publisher.clone(),
            date: stored.date.map(|d| d.to_string()).unwrap_or_default(),
            printed_as: stored.date_printed.clone(),
            reason: stored.date_reason.clone(),
            url: stored.url.clone(),
        }
    }
}

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No imported article has this id.
    #[error("there is no imported article “{0}”")]
    NoSuchArticle(String),
    /// A required field is empty.
    #[error("the {0} cannot be empty")]
    Empty(&'static str),
    /// The date is not a date.
    #[error("{0}")]
    Date(#[from] DateError),
    /// The date is said to be printed, but the text does not contain it as given.
    #[error("the text does not contain “{0}”; give the date exactly as printed, or say it is inferred")]
    NotPrinted(String),
    /// The address is not a web link.
    #[error("“{0}” is not a web address (http:// or https://)")]
    BadUrl(String),
}

impl Library {
    /// Changes the details of imported article `id`, after checking them.
    pub fn edit(&mut self, id: &str, edit: &Edit) -> Result<(), EditError> {
        let stored = self
            .articles
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or_else(|| EditError::NoSuchArticle(id.to_owned()))?;
        let (title, publisher, url) = (edit.title.trim(), edit.publisher.trim(), edit.url.trim());
        if title.is_empty() {
            return Err(EditError::Empty("title"));
        }
        if publisher.is_empty() {
            return Err(EditError::Empty("publisher"));
        }
        // An empty date leaves the article undated.
        let date: Option<PartialDate> = match edit.date.trim() {
            "" => None,
            date => Some(date.parse()?),
        };
        let printed = edit.printed_as.as_deref().map(str::trim).filter(|_| date.is_some());
        match printed {
            Some("") => return Err(EditError::Empty("date as printed")),
            Some(p) if !stored.text.contains(p) => return Err(EditError::NotPrinted(p.to_owned())),
            None if date.is_some() && edit.reason.trim().is_empty() => {
                return Err(EditError::Empty("reason for the inferred date"));
            }
            _ => {}
        }
        let changed = [
            ("title", stored.title != title),
            ("publisher", stored.publisher != publisher),
            ("url", stored.url != url),
            ("date", stored.date != date || stored.date_printed.as_deref() != printed),
        ];
        for (detail, changed) in changed {
            if changed {
                stored.how.insert(detail.to_owned(), "edited by you".to_owned());
            }
        }
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            return Err(EditError::BadUrl(url.to_owned()));
        }
        stored.title = title.to_owned();
        stored.title_printed = stored.text.contains(title);
        stored.publisher = publisher.to_owned();
        stored.url = url.to_owned();
        stored.date = date;
        stored.date_printed = printed.map(str::to_owned);
        if !edit.reason.trim().is_empty() {
            stored.date_reason = edit.reason.trim().to_owned();
        }
        // The date and publisher feed the rows found in it.
        let found = found_in(stored);
        self.found.insert(id.to_owned(), found);
        Ok(())
    }
}
