//! Back and forward, as in a browser: every jump the app makes for the user (*Open in article*,
//! a click in the Overview, a search result, a row's id) leaves a [`Place`] behind, and Back
//! (Alt+Left, Cmd+[ on macOS, the mouse's back button) returns to it.

use super::{OpenAt, Tab, table::TableMemory};

/// Where the user was: the tab, what each tab had selected, the tables' filters and sort, and
/// the passages highlighted in the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The tab shown.
    pub tab: Tab,
    /// The article open in the reader.
    pub article: Option<String>,
    /// The passages highlighted in it.
    pub highlights: Option<OpenAt>,
    /// The Programmes table: its filter, toggles, sort and selection.
    pub programmes: TableMemory,
    /// The Figures table, likewise.
    pub figures: TableMemory,
}

/// How many places Back remembers.
const REMEMBERED: usize = 100;

/// The places behind and ahead.
#[derive(Debug, Default)]
pub struct History {
    back: Vec<Place>,
    forward: Vec<Place>,
}

impl History {
    /// The user is about to jump away from `here`: remember it, and forget what was ahead.
    pub fn leave(&mut self, here: Place) {
        if self.back.last() != Some(&here) {
            self.back.push(here);
            if self.back.len() > REMEMBERED {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }

    /// The place to go back to from `here`, which is then ahead.
    pub fn back(&mut self, here: Place) -> Option<Place> {
        let to = self.back.pop()?;
        self.forward.push(here);
        Some(to)
    }

    /// The place to go forward to from `here`, which is then behind.
    pub fn forward(&mut self, here: Place) -> Option<Place> {
        let to = self.forward.pop()?;
        self.back.push(here);
        Some(to)
    }

    /// Whether there is a place behind.
    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }

    /// Whether there is a place ahead.
    pub fn can_go_forward(&self) -> bool {
        !self.forward.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(tab: Tab) -> Place {
        Place {
            tab,
            article: None,
            highlights: None,
            programmes: Default::default(),
            figures: Default::default(),
        }
    }

    #[test]
    fn back_and_forward_walk_the_places_and_a_new_jump_forgets_what_was_ahead() {
        let mut history = History::default();
        assert!(!history.can_go_back());
        history.leave(on(Tab::Overview));
        history.leave(on(Tab::Figures));
        // Now on Articles.
        assert_eq!(history.back(on(Tab::Articles)), Some(on(Tab::Figures)));
        assert_eq!(history.back(on(Tab::Figures)), Some(on(Tab::Overview)));
        assert_eq!(history.back(on(Tab::Overview)), None);
        assert_eq!(history.forward(on(Tab::Overview)), Some(on(Tab::Figures)));
        assert!(history.can_go_forward());
        history.leave(on(Tab::Figures));
        assert!(!history.can_go_forward(), "a new jump forgets what was ahead");
        // The same place twice in a row is remembered once.
        history.leave(on(Tab::Programmes));
        history.leave(on(Tab::Programmes));
        assert_eq!(history.back(on(Tab::Articles)), Some(on(Tab::Programmes)));
        assert_eq!(history.back(on(Tab::Programmes)), Some(on(Tab::Figures)));
    }
}
